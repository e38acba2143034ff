package org.stepplan.problems.mgh;

/**
 * MGH #34 linear function, rank 1 with zero columns and rows: n >= 3 variable (standard n = 10), m >= n (standard
 * m = 20),
 * <pre>
 *     r_1 = -1,   r_m = -1,   r_i = (i - 1) (sum_{j=2..n-1} j x_j) - 1,  i = 2..m-1
 * </pre>
 * x0 = (1, ..., 1); f* = (m^2 + 3m - 6) / (2 (2m - 3)) (exact) at every x with sum_{j=2..n-1} j x_j = 3 / (2m - 3);
 * the x* given is the one with x_2 = 3 / (2 (2m - 3)) and the rest 0.
 */
public final class LinearRank1ZeroColumnsRows extends MghFunction {

    public LinearRank1ZeroColumnsRows(int n, int m) {
        super(atLeast("n", n, 3), atLeast("m", m, n), filled(n, 1.0),
                (m * (m + 3.0) - 6.0) / (2.0 * (2.0 * m - 3.0)), unit(n, 1, 3.0 / (2.0 * (2.0 * m - 3.0))));
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        double s = 0.0;
        for (int j = 1; j < x.length - 1; j++) {
            s += (j + 1) * x[j];
        }
        r[0] = -1.0;
        for (int i = 1; i < r.length - 1; i++) {
            r[i] = i * s - 1.0;
        }
        r[r.length - 1] = -1.0;
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        for (int i = 1; i < jac.length - 1; i++) {
            for (int j = 1; j < x.length - 1; j++) {
                jac[i][j] = i * (j + 1.0);
            }
        }
    }
}
