package org.stepplan.problems.mgh;

/**
 * MGH #30 Broyden tridiagonal: n variable (standard n = 10), m = n, x_0 = x_{n+1} = 0,
 * <pre>
 *     r_i = (3 - 2 x_i) x_i - x_{i-1} - 2 x_{i+1} + 1
 * </pre>
 * x0 = (-1, ..., -1); f* = 0 (MGH). x* (n = 10) from funconstrain's tests (7 digits); none published for other n.
 */
public final class BroydenTridiagonal extends MghFunction {

    public BroydenTridiagonal(int n) {
        super(atLeast("n", n, 1), n, filled(n, -1.0), 0.0, n == 10 ? new double[] {-0.5707221, -0.6818070,
            -0.7022101, -0.7055106, -0.7049062, -0.7014966, -0.6918893, -0.6657965, -0.5960351, -0.4164123} : null);
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        int n = x.length;
        for (int i = 0; i < n; i++) {
            r[i] = (3.0 - 2.0 * x[i]) * x[i] - at(x, i - 1) - 2.0 * at(x, i + 1) + 1.0;
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        int n = x.length;
        for (int i = 0; i < n; i++) {
            jac[i][i] = 3.0 - 4.0 * x[i];
            if (i > 0) {
                jac[i][i - 1] = -1.0;
            }
            if (i < n - 1) {
                jac[i][i + 1] = -2.0;
            }
        }
    }
}
