package org.stepplan.spark;

import java.io.Serializable;

/**
 * A contiguous run of training examples as the executors hold them: block {@code index} of the data set, examples
 * {@code first .. first+rows-1}, their features row-major ({@code features} per example) and their labels. The blocks
 * of a data set are numbered 0..B-1 in the order of their examples, whatever the partitioning.
 *
 * @param index    the block's number (its leaf in {@link BlockTree})
 * @param first    the global index of the first example
 * @param features features per example
 * @param x        row-major features, {@code labels.length * features} values
 * @param labels   the labels, one per example
 */
public record Block(long index, long first, int features, double[] x, int[] labels) implements Serializable {

    /** The number of examples. */
    public int rows() {
        return labels.length;
    }

    /** The examples whose global index i has {@code bucket(i) == wanted}, in order (a block of their own). */
    Block select(java.util.function.LongToIntFunction bucket, int wanted) {
        int count = 0;
        for (int r = 0; r < labels.length; r++) {
            if (bucket.applyAsInt(first + r) == wanted) {
                count++;
            }
        }
        double[] sx = new double[count * features];
        int[] sy = new int[count];
        int k = 0;
        for (int r = 0; r < labels.length; r++) {
            if (bucket.applyAsInt(first + r) == wanted) {
                System.arraycopy(x, r * features, sx, k * features, features);
                sy[k++] = labels[r];
            }
        }
        return new Block(index, first, features, sx, sy);
    }
}
