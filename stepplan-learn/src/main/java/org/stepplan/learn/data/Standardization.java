package org.stepplan.learn.data;

/**
 * Z-scores with the training set's statistics: {@code x'_ij = (x_ij - mean_j) / sd_j}, where mean and the population
 * standard deviation (ddof 0) are taken over the training examples only and applied to both sets; a constant column
 * ({@code sd_j = 0}) becomes 0.
 */
public final class Standardization {

    private Standardization() {
    }

    /** The split with both sets standardized by the training set's column statistics. */
    public static Split apply(Split split) {
        Dataset train = split.train();
        int n = train.examples();
        int d = train.features();
        double[] x = train.rowMajorFeatures();
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += x[i * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double c = x[i * d + j] - mean[j];
                sd[j] += c * c;
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = Math.sqrt(sd[j] / n);
        }
        return new Split(scaled(train, mean, sd), scaled(split.test(), mean, sd));
    }

    private static Dataset scaled(Dataset data, double[] mean, double[] sd) {
        int d = data.features();
        double[] x = data.rowMajorFeatures().clone();
        int[] y = new int[data.examples()];
        for (int i = 0; i < y.length; i++) {
            y[i] = data.label(i);
            for (int j = 0; j < d; j++) {
                x[i * d + j] = sd[j] == 0.0 ? 0.0 : (x[i * d + j] - mean[j]) / sd[j];
            }
        }
        return new Dataset(data.name(), x, y, d, data.classNames());
    }
}
