package org.stepplan.problems.mgh;

import java.util.Arrays;

/**
 * MGH #32 linear function, full rank: n variable (standard n = 10), m >= n (standard m = 20), S = sum_j x_j,
 * <pre>
 *     r_i = x_i - 2S/m - 1,  i = 1..n,   r_i = -2S/m - 1,  i = n+1..m
 * </pre>
 * x0 = (1, ..., 1); f* = m - n at x* = (-1, ..., -1) (exact).
 */
public final class LinearFullRank extends MghFunction {

    public LinearFullRank(int n, int m) {
        super(atLeast("n", n, 1), atLeast("m", m, n), filled(n, 1.0), m - n, filled(n, -1.0));
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        double sum = 0.0;
        for (double xj : x) {
            sum += xj;
        }
        double common = -2.0 * sum / r.length - 1.0;
        for (int i = 0; i < r.length; i++) {
            r[i] = (i < x.length ? x[i] : 0.0) + common;
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        double c = -2.0 / jac.length;
        for (int i = 0; i < jac.length; i++) {
            Arrays.fill(jac[i], c);
            if (i < x.length) {
                jac[i][i] += 1.0;
            }
        }
    }
}
