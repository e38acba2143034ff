package org.stepplan.problems.mgh;

import java.util.Arrays;

/**
 * MGH #27 Brown almost-linear: n variable (standard n = 10), m = n,
 * <pre>
 *     r_i = x_i + sum_j x_j - (n + 1),  i = 1..n-1,   r_n = prod_j x_j - 1
 * </pre>
 * x0 = (1/2, ..., 1/2); f* = 0 at (alpha, ..., alpha, alpha^(1-n)) with n alpha^n - (n+1) alpha^(n-1) + 1 = 0, in
 * particular x* = (1, ..., 1) (exact); a local minimum f = 1 at (0, ..., 0, n + 1) (MGH).
 */
public final class BrownAlmostLinear extends MghFunction {

    private final double[] prefix;
    private final double[] suffix;

    public BrownAlmostLinear(int n) {
        super(atLeast("n", n, 1), n, filled(n, 0.5), 0.0, filled(n, 1.0));
        prefix = new double[n + 1];
        suffix = new double[n + 1];
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        int n = x.length;
        double sum = 0.0;
        double product = 1.0;
        for (double xj : x) {
            sum += xj;
            product *= xj;
        }
        for (int i = 0; i < n - 1; i++) {
            r[i] = x[i] + sum - (n + 1);
        }
        r[n - 1] = product - 1.0;
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        int n = x.length;
        for (int i = 0; i < n - 1; i++) {
            Arrays.fill(jac[i], 1.0);
            jac[i][i] = 2.0;
        }
        // d prod / d x_j = (prod of the x before j) (prod of the x after j): no division, exact at zeros
        prefix[0] = 1.0;
        suffix[n] = 1.0;
        for (int j = 0; j < n; j++) {
            prefix[j + 1] = prefix[j] * x[j];
            suffix[n - 1 - j] = suffix[n - j] * x[n - 1 - j];
        }
        for (int j = 0; j < n; j++) {
            jac[n - 1][j] = prefix[j] * suffix[j + 1];
        }
    }
}
