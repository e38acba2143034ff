package org.stepplan.learn.data;

import java.util.List;

/**
 * Labelled examples for classification: n examples of d numeric features each, stored row-major (feature j of example
 * i at {@code i * d + j}), and a class label 0..C-1 per example.
 */
public final class Dataset {

    private final String name;
    private final double[] features;
    private final int[] labels;
    private final int featureCount;
    private final List<String> classNames;

    /**
     * @param features   row-major n x d (kept, not copied: the caller hands it over)
     * @param labels     n labels in 0..C-1 (kept, not copied)
     * @param classNames the C class names, in label order
     * @throws IllegalArgumentException for inconsistent sizes or a label out of range
     */
    public Dataset(String name, double[] features, int[] labels, int featureCount, List<String> classNames) {
        if (featureCount < 1) {
            throw new IllegalArgumentException("a data set needs at least one feature, got " + featureCount);
        }
        if (features.length != (long) labels.length * featureCount) {
            throw new IllegalArgumentException("data set '" + name + "': " + features.length + " feature values for "
                    + labels.length + " examples of " + featureCount + " features");
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classNames.size()) {
                throw new IllegalArgumentException("data set '" + name + "': label " + labels[i] + " of example " + i
                        + " is not in 0.." + (classNames.size() - 1));
            }
        }
        this.name = name;
        this.features = features;
        this.labels = labels;
        this.featureCount = featureCount;
        this.classNames = List.copyOf(classNames);
    }

    /** The data set's name. */
    public String name() {
        return name;
    }

    /** Examples n. */
    public int examples() {
        return labels.length;
    }

    /** Features d per example. */
    public int features() {
        return featureCount;
    }

    /** Classes C. */
    public int classes() {
        return classNames.size();
    }

    /** The class names, in label order. */
    public List<String> classNames() {
        return classNames;
    }

    /** The label of example {@code i}. */
    public int label(int i) {
        return labels[i];
    }

    /** Feature {@code j} of example {@code i}. */
    public double feature(int i, int j) {
        return features[i * featureCount + j];
    }

    /**
     * The row-major feature array itself (feature j of example i at {@code i * d + j}), for the models' inner loops;
     * read it, never write it.
     */
    public double[] rowMajorFeatures() {
        return features;
    }

    /** Examples per class, indexed by label. */
    public int[] classCounts() {
        int[] counts = new int[classes()];
        for (int y : labels) {
            counts[y]++;
        }
        return counts;
    }

    /** A new data set made of the examples {@code indices}, in that order (features copied). */
    public Dataset subset(String subsetName, int[] indices) {
        double[] x = new double[indices.length * featureCount];
        int[] y = new int[indices.length];
        for (int k = 0; k < indices.length; k++) {
            System.arraycopy(features, indices[k] * featureCount, x, k * featureCount, featureCount);
            y[k] = labels[indices[k]];
        }
        return new Dataset(subsetName, x, y, featureCount, classNames);
    }
}
