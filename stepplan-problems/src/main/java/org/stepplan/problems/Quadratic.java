package org.stepplan.problems;

import org.stepplan.core.DiagonalHessian;
import org.stepplan.core.Objective;
import org.stepplan.core.Vectors;

/**
 * {@code f(w) = 0.5 (w - w*)^T Q (w - w*)} with Q symmetric positive definite, diagonal or dense.
 *
 * <pre>
 *     r = w - w*;  g = Q r  (diagonal: g_i = q_i r_i);  f = 0.5 sum_i r_i g_i
 * </pre>
 * The Hessian is Q, so its diagonal ({@link DiagonalHessian}) is q (diagonal Q) or {@code Q_ii} (dense Q). A
 * diagonal Q is evaluated in one pass over w; {@link #gradient} skips the value.
 * An instance keeps a scratch residual: use one instance per thread.
 */
public final class Quadratic implements Objective, DiagonalHessian {

    private final int dimension;
    private final double[] diagonal;   // non-null for a diagonal Q
    private final double[][] matrix;   // non-null for a dense Q
    private final double[] optimum;
    private final double[] residual;

    private Quadratic(double[] diagonal, double[][] matrix, double[] optimum) {
        this.dimension = optimum.length;
        this.diagonal = diagonal;
        this.matrix = matrix;
        this.optimum = optimum.clone();
        this.residual = new double[dimension];
    }

    /**
     * Q = diag(q).
     *
     * @throws IllegalArgumentException unless every q_i is finite and positive and the lengths agree
     */
    public static Quadratic diagonal(double[] q, double[] optimum) {
        Vectors.requireFiniteVector("optimum", optimum, q.length);
        for (int i = 0; i < q.length; i++) {
            if (!(Double.isFinite(q[i]) && q[i] > 0)) {
                throw new IllegalArgumentException("diag[" + i + "] = " + q[i] + " must be finite and > 0");
            }
        }
        return new Quadratic(q.clone(), null, optimum);
    }

    /**
     * A dense Q (row-major rows).
     *
     * @throws IllegalArgumentException unless Q is square, finite, symmetric and positive definite
     */
    public static Quadratic dense(double[][] q, double[] optimum) {
        int d = q.length;
        Vectors.requireFiniteVector("optimum", optimum, d);
        double[][] copy = new double[d][];
        for (int i = 0; i < d; i++) {
            Vectors.requireFiniteVector("matrix row " + i, q[i], d);
            copy[i] = q[i].clone();
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < i; j++) {
                if (copy[i][j] != copy[j][i]) {
                    throw new IllegalArgumentException("matrix is not symmetric: Q[" + i + "][" + j + "] = "
                            + copy[i][j] + " but Q[" + j + "][" + i + "] = " + copy[j][i]);
                }
            }
        }
        requirePositiveDefinite(copy);
        return new Quadratic(null, copy, optimum);
    }

    private static void requirePositiveDefinite(double[][] q) {
        int d = q.length;
        double[][] l = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double s = q[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        throw new IllegalArgumentException("matrix is not positive definite (pivot " + i + ")");
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public double value(double[] w) {
        if (diagonal != null) { // one pass, the same operations as below
            double f = 0.0;
            for (int i = 0; i < dimension; i++) {
                double r = w[i] - optimum[i];
                f += r * (diagonal[i] * r);
            }
            return 0.5 * f;
        }
        double f = 0.0;
        for (int i = 0; i < dimension; i++) {
            residual[i] = w[i] - optimum[i];
        }
        for (int i = 0; i < dimension; i++) {
            f += residual[i] * row(i);
        }
        return 0.5 * f;
    }

    @Override
    public double valueAndGradient(double[] w, double[] gradient) {
        if (diagonal != null) { // one pass: r_i, g_i = q_i r_i and the sum, in index order
            double f = 0.0;
            for (int i = 0; i < dimension; i++) {
                double r = w[i] - optimum[i];
                double g = diagonal[i] * r;
                gradient[i] = g;
                f += r * g;
            }
            return 0.5 * f;
        }
        for (int i = 0; i < dimension; i++) {
            residual[i] = w[i] - optimum[i];
        }
        double f = 0.0;
        for (int i = 0; i < dimension; i++) {
            gradient[i] = row(i);
            f += residual[i] * gradient[i];
        }
        return 0.5 * f;
    }

    /** The gradient alone: for a diagonal Q one pass {@code g_i = q_i (w_i - w*_i)}, no sum. */
    @Override
    public void gradient(double[] w, double[] gradient) {
        if (diagonal == null) {
            valueAndGradient(w, gradient);
            return;
        }
        for (int i = 0; i < dimension; i++) {
            gradient[i] = diagonal[i] * (w[i] - optimum[i]);
        }
    }

    /** (Q r)_i for the current residual. */
    private double row(int i) {
        if (diagonal != null) {
            return diagonal[i] * residual[i];
        }
        double s = 0.0;
        double[] qi = matrix[i];
        for (int j = 0; j < dimension; j++) {
            s += qi[j] * residual[j];
        }
        return s;
    }

    /** {@code diag Q}, whatever w. */
    @Override
    public void diagonalHessian(double[] w, double[] into) {
        for (int i = 0; i < dimension; i++) {
            into[i] = diagonal != null ? diagonal[i] : matrix[i][i];
        }
    }

    /** The minimizer w* (a copy). */
    public double[] optimum() {
        return optimum.clone();
    }
}
