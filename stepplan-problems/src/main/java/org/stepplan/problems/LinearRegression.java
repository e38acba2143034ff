package org.stepplan.problems;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.stepplan.core.Labeled;
import org.stepplan.core.Objective;
import org.stepplan.core.StochasticObjective;
import org.stepplan.core.Vectors;

/**
 * Least squares on seeded synthetic data, as a full-batch objective or as an online stream of LMS examples, so that
 * the LMS methods (IDBD, Autostep) and the gradient methods run on the same task.
 *
 * <p>Data, drawn from {@code SplittableRandom(seed)} in this order: the true weights {@code u_j ~ N(0, 1)},
 * j = 1..d; then for each example i = 1..n its features {@code X_ij ~ N(0, 1)}, j = 1..d, and its target
 * {@code y_i = X_i·u + noise * N(0, 1)} (no intercept).
 *
 * <pre>
 *     batch:   f(w) = (1/n) sum_i 0.5 (y_i - X_i·w)^2,   grad = -(1/n) sum_i (y_i - X_i·w) X_i
 *     online:  one example per gradient evaluation, f(w; i) = 0.5 (y_i - X_i·w)^2  (an {@link LmsObjective});
 *              i drawn uniformly with the oracle's generator (order "sample") or i = 1, 2, ..., n, 1, ... ("cycle").
 *              Its expectation (uniform sampling, or one full cycle) is the batch objective.
 * </pre>
 * The minimizer w* is the least-squares solution, from the normal equations {@code X^T X w = X^T y} solved by
 * Cholesky; data whose {@code X^T X} is not positive definite are rejected.
 */
public final class LinearRegression {

    /** How the online objective walks through the examples. */
    public enum Order implements Labeled {
        /** Uniformly at random with replacement, from the oracle's generator. */
        SAMPLE("sample"),
        /** In data order, cycling. */
        CYCLE("cycle");

        private final String label;

        Order(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }

        /** The order called {@code label}. */
        public static Order ofLabel(String label) {
            return Labeled.of(Order.class, "order", label);
        }

        static List<String> labels() {
            return Labeled.labels(Order.class);
        }
    }

    private final double[][] features;
    private final double[] targets;
    private final double[] trueWeights;
    private final double[] leastSquares;

    private LinearRegression(double[][] features, double[] targets, double[] trueWeights) {
        this.features = features;
        this.targets = targets;
        this.trueWeights = trueWeights;
        this.leastSquares = solveNormalEquations(features, targets);
    }

    /** The most data entries n d a synthetic problem may have (400 MB of doubles). */
    public static final long MAX_ENTRIES = 50_000_000L;
    /** The most work n d^2 the least-squares solution of a synthetic problem may take. */
    public static final long MAX_WORK = 20_000_000_000L;

    /**
     * Seeded synthetic data.
     *
     * @param n     examples, &gt;= d
     * @param d     features, &gt;= 1
     * @param noise standard deviation of the target noise, finite and &gt;= 0
     * @param seed  the data seed (independent of the run seed that drives online sampling)
     * @throws IllegalArgumentException naming the parameter for an invalid value, for sizes above
     *                                  {@link #MAX_ENTRIES} or {@link #MAX_WORK}, or for rank-deficient data
     */
    public static LinearRegression synthetic(int n, int d, double noise, long seed) {
        if (d < 1) {
            throw new IllegalArgumentException("d must be >= 1, got " + d);
        }
        if (n < d) {
            throw new IllegalArgumentException("n must be >= d (" + d + ") for a unique least-squares solution, got "
                    + n);
        }
        if (!(Double.isFinite(noise) && noise >= 0)) {
            throw new IllegalArgumentException("noise must be finite and >= 0, got " + noise);
        }
        Vectors.requireAtMost("n * d, the entries of the data,", (long) n * d, MAX_ENTRIES);
        Vectors.requireAtMost("n * d * d, the work of the least-squares solution,", (long) n * d * d, MAX_WORK);
        SplittableRandom rng = new SplittableRandom(seed);
        double[] u = new double[d];
        for (int j = 0; j < d; j++) {
            u[j] = rng.nextGaussian();
        }
        double[][] x = new double[n][d];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0.0;
            for (int j = 0; j < d; j++) {
                x[i][j] = rng.nextGaussian();
                s += x[i][j] * u[j];
            }
            y[i] = s + noise * rng.nextGaussian();
        }
        return new LinearRegression(x, y, u);
    }

    /** Examples n. */
    public int examples() {
        return targets.length;
    }

    /** Features d. */
    public int dimension() {
        return trueWeights.length;
    }

    /** The least-squares solution w* (a copy). */
    public double[] leastSquares() {
        return leastSquares.clone();
    }

    /** The weights the data were generated with (a copy). */
    public double[] trueWeights() {
        return trueWeights.clone();
    }

    /** The full-batch objective (half the mean squared error). */
    public Objective batch() {
        return new Batch();
    }

    /** A fresh online objective walking through the examples in {@code order}. */
    public StochasticObjective online(Order order) {
        return new Online(order);
    }

    private final class Batch implements Objective {
        @Override
        public int dimension() {
            return trueWeights.length;
        }

        @Override
        public double value(double[] w) {
            double s = 0.0;
            for (int i = 0; i < targets.length; i++) {
                double delta = residual(i, w);
                s += 0.5 * delta * delta;
            }
            return s / targets.length;
        }

        @Override
        public double valueAndGradient(double[] w, double[] gradient) {
            Arrays.fill(gradient, 0.0);
            double s = 0.0;
            for (int i = 0; i < targets.length; i++) {
                double delta = residual(i, w);
                s += 0.5 * delta * delta;
                double[] xi = features[i];
                for (int j = 0; j < xi.length; j++) {
                    gradient[j] -= delta * xi[j];
                }
            }
            for (int j = 0; j < gradient.length; j++) {
                gradient[j] /= targets.length;
            }
            return s / targets.length;
        }
    }

    private double residual(int i, double[] w) {
        double[] xi = features[i];
        double p = 0.0;
        for (int j = 0; j < xi.length; j++) {
            p += w[j] * xi[j];
        }
        return targets[i] - p;
    }

    private final class Online extends LmsObjective {
        private final Order order;
        private long drawn;

        Online(Order order) {
            super(trueWeights.length);
            this.order = order;
        }

        @Override
        public void nextSample(RandomGenerator rng) {
            int i = order == Order.CYCLE ? (int) (drawn % targets.length) : rng.nextInt(targets.length);
            drawn++;
            System.arraycopy(features[i], 0, x, 0, x.length);
            target = targets[i];
        }

        @Override
        public Objective expectation() {
            return new Batch();
        }

        @Override
        protected double[] extraState() {
            return new double[] {drawn};
        }

        @Override
        protected void restoreExtraState(double[] extra) {
            drawn = (long) extra[0];
        }
    }

    private static double[] solveNormalEquations(double[][] x, double[] y) {
        int d = x[0].length;
        double[][] a = new double[d][d];
        double[] b = new double[d];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < d; j++) {
                b[j] += x[i][j] * y[i];
                for (int k = 0; k <= j; k++) {
                    a[j][k] += x[i][j] * x[i][k];
                }
            }
        }
        double[][] l = new double[d][d]; // Cholesky: A = L L^T
        for (int j = 0; j < d; j++) {
            for (int k = 0; k <= j; k++) {
                double s = a[j][k];
                for (int m = 0; m < k; m++) {
                    s -= l[j][m] * l[k][m];
                }
                if (j == k) {
                    if (!(s > 0)) {
                        throw new IllegalArgumentException("the data matrix is rank-deficient (X^T X is not positive "
                                + "definite at pivot " + j + "); use more examples or another seed");
                    }
                    l[j][j] = Math.sqrt(s);
                } else {
                    l[j][k] = s / l[k][k];
                }
            }
        }
        double[] z = new double[d]; // L z = b
        for (int j = 0; j < d; j++) {
            double s = b[j];
            for (int m = 0; m < j; m++) {
                s -= l[j][m] * z[m];
            }
            z[j] = s / l[j][j];
        }
        double[] w = new double[d]; // L^T w = z
        for (int j = d - 1; j >= 0; j--) {
            double s = z[j];
            for (int m = j + 1; m < d; m++) {
                s -= l[m][j] * w[m];
            }
            w[j] = s / l[j][j];
        }
        return w;
    }
}
