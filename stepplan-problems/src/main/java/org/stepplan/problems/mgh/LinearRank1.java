package org.stepplan.problems.mgh;

/**
 * MGH #33 linear function, rank 1: n variable (standard n = 10), m >= n (standard m = 20),
 * <pre>
 *     r_i = i (sum_j j x_j) - 1
 * </pre>
 * x0 = (1, ..., 1); f* = m (m - 1) / (2 (2m + 1)) (exact) at every x with sum_j j x_j = 3 / (2m + 1); the x* given
 * is the one with x_1 = 3 / (2m + 1) and the rest 0.
 */
public final class LinearRank1 extends MghFunction {

    public LinearRank1(int n, int m) {
        super(atLeast("n", n, 1), atLeast("m", m, n), filled(n, 1.0), m * (m - 1.0) / (2.0 * (2.0 * m + 1.0)),
                unit(n, 0, 3.0 / (2.0 * m + 1.0)));
    }

    private static double weightedSum(double[] x) {
        double s = 0.0;
        for (int j = 0; j < x.length; j++) {
            s += (j + 1) * x[j];
        }
        return s;
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        double s = weightedSum(x);
        for (int i = 0; i < r.length; i++) {
            r[i] = (i + 1) * s - 1.0;
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        for (int i = 0; i < jac.length; i++) {
            for (int j = 0; j < x.length; j++) {
                jac[i][j] = (i + 1.0) * (j + 1.0);
            }
        }
    }
}
