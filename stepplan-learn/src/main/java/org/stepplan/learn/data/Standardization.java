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
        double[] mean = divide(addColumns(new double[d], x, d), n);
        double[] sd = deviations(addSquares(new double[d], x, mean, d), n);
        return new Split(scaled(train, mean, sd), scaled(split.test(), mean, sd));
    }

    /**
     * Adds the rows of {@code x} (row-major, {@code d} per row), in order, into the column sums {@code sums}: the
     * first pass, which an engine may run over consecutive parts of the training set, carrying the sums.
     */
    public static double[] addColumns(double[] sums, double[] x, int d) {
        for (int i = 0; i < x.length / d; i++) {
            for (int j = 0; j < d; j++) {
                sums[j] += x[i * d + j];
            }
        }
        return sums;
    }

    /** Adds {@code (x_ij - mean_j)^2} over the rows of {@code x}, in order, into {@code squares}: the second pass. */
    public static double[] addSquares(double[] squares, double[] x, double[] mean, int d) {
        for (int i = 0; i < x.length / d; i++) {
            for (int j = 0; j < d; j++) {
                double c = x[i * d + j] - mean[j];
                squares[j] += c * c;
            }
        }
        return squares;
    }

    /** The means {@code sums_j / n} (in place). */
    public static double[] divide(double[] sums, int n) {
        for (int j = 0; j < sums.length; j++) {
            sums[j] /= n;
        }
        return sums;
    }

    /** The standard deviations {@code sqrt(squares_j / n)} (in place). */
    public static double[] deviations(double[] squares, int n) {
        for (int j = 0; j < squares.length; j++) {
            squares[j] = Math.sqrt(squares[j] / n);
        }
        return squares;
    }

    /** The z-scores of the rows of {@code x} (in place): {@code (x_ij - mean_j) / sd_j}, 0 where sd_j = 0. */
    public static double[] scale(double[] x, int d, double[] mean, double[] sd) {
        for (int i = 0; i < x.length / d; i++) {
            for (int j = 0; j < d; j++) {
                x[i * d + j] = sd[j] == 0.0 ? 0.0 : (x[i * d + j] - mean[j]) / sd[j];
            }
        }
        return x;
    }

    private static Dataset scaled(Dataset data, double[] mean, double[] sd) {
        int d = data.features();
        int[] y = new int[data.examples()];
        for (int i = 0; i < y.length; i++) {
            y[i] = data.label(i);
        }
        return new Dataset(data.name(), scale(data.rowMajorFeatures().clone(), d, mean, sd), y, d,
                data.classNames());
    }
}
