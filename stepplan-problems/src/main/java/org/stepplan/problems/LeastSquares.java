package org.stepplan.problems;

import java.util.Arrays;
import org.stepplan.core.Objective;

/**
 * A sum of squares {@code f(x) = sum_{i=1..m} r_i(x)^2} of m residuals in n parameters, with the gradient from the
 * Jacobian {@code J_ij = d r_i / d x_j}:
 * <pre>
 *     grad f(x) = 2 J(x)^T r(x)
 * </pre>
 * No factor 1/2: f is what Moré, Garbow and Hillstrom (1981) and NIST StRD (the residual sum of squares) report.
 * Subclasses write the residuals and the nonzero Jacobian entries; this class keeps the residual vector and the
 * dense m x n Jacobian (cleared before each {@link #jacobian}), so evaluations allocate nothing. One instance per
 * thread.
 */
public abstract class LeastSquares implements Objective {

    private final int n;
    private final int m;
    private final double[] residuals;
    private final double[][] jacobian;

    /**
     * @param n parameters
     * @param m residuals
     * @throws IllegalArgumentException unless n >= 1 and m >= 1
     */
    protected LeastSquares(int n, int m) {
        if (n < 1 || m < 1) {
            throw new IllegalArgumentException("need n >= 1 parameters and m >= 1 residuals, got n = " + n
                    + ", m = " + m);
        }
        this.n = n;
        this.m = m;
        this.residuals = new double[m];
        this.jacobian = new double[m][n];
    }

    /** Writes {@code r_i(x)}, i = 0..m-1, into {@code r}. */
    protected abstract void residuals(double[] x, double[] r);

    /**
     * Writes the nonzero entries {@code J[i][j] = d r_i / d x_j} into {@code jac} (m rows of n, all zero on entry).
     * Called right after {@link #residuals} at the same x.
     */
    protected abstract void jacobian(double[] x, double[][] jac);

    @Override
    public final int dimension() {
        return n;
    }

    /** The number of residuals m. */
    public final int residualCount() {
        return m;
    }

    @Override
    public final double value(double[] x) {
        residuals(x, residuals);
        return sumOfSquares();
    }

    @Override
    public final double valueAndGradient(double[] x, double[] gradient) {
        residuals(x, residuals);
        for (double[] row : jacobian) {
            Arrays.fill(row, 0.0);
        }
        jacobian(x, jacobian);
        Arrays.fill(gradient, 0, n, 0.0);
        for (int i = 0; i < m; i++) {
            double twoR = 2.0 * residuals[i];
            double[] row = jacobian[i];
            for (int j = 0; j < n; j++) {
                gradient[j] += twoR * row[j];
            }
        }
        return sumOfSquares();
    }

    private double sumOfSquares() {
        double f = 0.0;
        for (double r : residuals) {
            f += r * r;
        }
        return f;
    }
}
