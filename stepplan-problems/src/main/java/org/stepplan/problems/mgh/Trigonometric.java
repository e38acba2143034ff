package org.stepplan.problems.mgh;

/**
 * MGH #26 trigonometric: n variable (standard n = 10), m = n,
 * <pre>
 *     r_i = n - sum_j cos(x_j) + i (1 - cos(x_i)) - sin(x_i)
 * </pre>
 * x0 = (1/n, ..., 1/n); f* = 0 (MGH) at x* = 0 (exact: every r_i vanishes there). Other local minima exist (MGH give
 * 2.79506e-5 for n = 10); from x0 methods usually reach one of those.
 */
public final class Trigonometric extends MghFunction {

    public Trigonometric(int n) {
        super(atLeast("n", n, 1), n, filled(n, 1.0 / n), 0.0, filled(n, 0.0));
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        int n = x.length;
        double cosines = 0.0;
        for (double xj : x) {
            cosines += Math.cos(xj);
        }
        for (int i = 0; i < n; i++) {
            r[i] = n - cosines + (i + 1) * (1.0 - Math.cos(x[i])) - Math.sin(x[i]);
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        int n = x.length;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                jac[i][j] = Math.sin(x[j]);
            }
            jac[i][i] += (i + 1) * Math.sin(x[i]) - Math.cos(x[i]);
        }
    }
}
