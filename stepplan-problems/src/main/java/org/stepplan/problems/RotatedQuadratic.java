package org.stepplan.problems;

import java.util.SplittableRandom;
import org.stepplan.core.Objective;
import org.stepplan.core.Vectors;

/**
 * A generated ill-conditioned quadratic with a rotated Hessian:
 * <pre>
 *     f(w) = 0.5 (w - w*)^T A (w - w*),   A = R diag(lambda) R^T,   R = H_1 H_2 ... H_m,   H_k = I - 2 v_k v_k^T
 *     lambda_i = condition^(i / (d - 1))   (i = 0..d-1: log-spaced from 1 to condition; lambda_0 = 1 when d = 1)
 * </pre>
 * with unit vectors {@code v_k} drawn as N(0, I) from {@code SplittableRandom(seed)} and normalized (v_1 first). R is
 * orthogonal, so A is symmetric with eigenvalues lambda and eigenvectors the columns {@code R e_i}; L = condition and
 * mu = 1. The gradient never forms A:
 * <pre>
 *     r = w - w*;  y = R^T r = H_m ... H_1 r;  f = 0.5 sum_i y_i (lambda_i y_i);  g = R (lambda * y) = H_1 ... H_m (lambda * y)
 * </pre>
 * which costs O(m d) time and (m + 2) d memory. With m = 0 (rotation {@code none}) A = diag(lambda), and values and
 * gradients equal those of {@link Quadratic#diagonal} with the same lambda bit for bit.
 *
 * <p>The spectrum and reflections are immutable and shared by {@link #copy()}; each instance keeps its own scratch,
 * so use one instance per thread.
 */
public final class RotatedQuadratic implements Objective {

    private final double[] lambda;
    private final double[][] reflections;
    private final double[] optimum;
    private final double[] y;

    private RotatedQuadratic(double[] lambda, double[][] reflections, double[] optimum) {
        this.lambda = lambda;
        this.reflections = reflections;
        this.optimum = optimum;
        this.y = new double[lambda.length];
    }

    /**
     * The quadratic of dimension d with the given condition number, {@code reflections} Householder reflections drawn
     * from {@code seed}, and minimizer {@code optimum}.
     *
     * @throws IllegalArgumentException for d &lt; 1, a condition that is not finite and &gt;= 1, a negative number of
     *                                  reflections, or an optimum of another length or with a non-finite entry
     */
    public static RotatedQuadratic create(int dimension, double condition, int reflections, long seed,
                                          double[] optimum) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension = " + dimension + " must be >= 1");
        }
        if (!(Double.isFinite(condition) && condition >= 1)) {
            throw new IllegalArgumentException("condition = " + condition + " must be finite and >= 1");
        }
        if (reflections < 0) {
            throw new IllegalArgumentException("reflections = " + reflections + " must be >= 0");
        }
        Vectors.requireFiniteVector("optimum", optimum, dimension);
        double[] lambda = spectrum(dimension, condition);
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] v = new double[reflections][dimension];
        for (double[] vk : v) {
            double norm2;
            do {
                norm2 = 0.0;
                for (int i = 0; i < dimension; i++) {
                    vk[i] = rng.nextGaussian();
                    norm2 += vk[i] * vk[i];
                }
            } while (norm2 == 0.0);
            double inv = 1.0 / Math.sqrt(norm2);
            for (int i = 0; i < dimension; i++) {
                vk[i] *= inv;
            }
        }
        return new RotatedQuadratic(lambda, v, optimum.clone());
    }

    /** lambda_i = condition^(i / (d - 1)), i = 0..d-1 (lambda_0 = 1 for d = 1). */
    static double[] spectrum(int dimension, double condition) {
        double[] lambda = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            lambda[i] = dimension == 1 ? 1.0 : Math.pow(condition, (double) i / (dimension - 1));
        }
        return lambda;
    }

    /** A new instance sharing this one's spectrum and reflections, with its own scratch. */
    public RotatedQuadratic copy() {
        return new RotatedQuadratic(lambda, reflections, optimum);
    }

    @Override
    public int dimension() {
        return lambda.length;
    }

    @Override
    public double value(double[] w) {
        return rotateResidual(w);
    }

    @Override
    public double valueAndGradient(double[] w, double[] gradient) {
        double f = rotateResidual(w);
        for (int i = 0; i < y.length; i++) {
            gradient[i] = lambda[i] * y[i];
        }
        for (int k = reflections.length - 1; k >= 0; k--) {
            reflect(reflections[k], gradient);
        }
        return f;
    }

    /** y = H_m ... H_1 (w - w*); returns 0.5 sum_i y_i (lambda_i y_i). */
    private double rotateResidual(double[] w) {
        for (int i = 0; i < y.length; i++) {
            y[i] = w[i] - optimum[i];
        }
        for (double[] v : reflections) {
            reflect(v, y);
        }
        double f = 0.0;
        for (int i = 0; i < y.length; i++) {
            f += y[i] * (lambda[i] * y[i]);
        }
        return 0.5 * f;
    }

    /** x = (I - 2 v v^T) x. */
    private static void reflect(double[] v, double[] x) {
        double dot = 0.0;
        for (int i = 0; i < x.length; i++) {
            dot += v[i] * x[i];
        }
        double s = 2.0 * dot;
        for (int i = 0; i < x.length; i++) {
            x[i] -= s * v[i];
        }
    }

    /** The eigenvalues lambda (a copy), ascending: mu = lambda_0, L = lambda_{d-1}. */
    public double[] eigenvalues() {
        return lambda.clone();
    }

    /** The unit eigenvector {@code R e_i} of eigenvalue lambda_i (a new array). */
    public double[] eigenvector(int i) {
        double[] e = new double[lambda.length];
        e[i] = 1.0;
        for (int k = reflections.length - 1; k >= 0; k--) {
            reflect(reflections[k], e);
        }
        return e;
    }

    /** The minimizer w* (a copy). */
    public double[] optimum() {
        return optimum.clone();
    }
}
