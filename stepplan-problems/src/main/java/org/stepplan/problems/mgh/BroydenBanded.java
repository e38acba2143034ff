package org.stepplan.problems.mgh;

/**
 * MGH #31 Broyden banded: n variable (standard n = 10), m = n, m_l = 5, m_u = 1,
 * <pre>
 *     r_i = x_i (2 + 5 x_i^2) + 1 - sum_{j in J_i} x_j (1 + x_j),
 *     J_i = { j != i : max(1, i - m_l) &lt;= j &lt;= min(n, i + m_u) }
 * </pre>
 * x0 = (-1, ..., -1); f* = 0 (MGH). x* (n = 10) from funconstrain's tests (7 digits); none published for other n.
 */
public final class BroydenBanded extends MghFunction {

    private static final int LOWER = 5;
    private static final int UPPER = 1;

    public BroydenBanded(int n) {
        super(atLeast("n", n, 1), n, filled(n, -1.0), 0.0, n == 10 ? new double[] {-0.4283029, -0.4765964,
            -0.5196525, -0.5580993, -0.5925062, -0.6245037, -0.6232395, -0.6213938, -0.6204536, -0.5864693} : null);
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        int n = x.length;
        for (int i = 0; i < n; i++) {
            double band = 0.0;
            for (int j = Math.max(0, i - LOWER); j <= Math.min(n - 1, i + UPPER); j++) {
                if (j != i) {
                    band += x[j] * (1.0 + x[j]);
                }
            }
            r[i] = x[i] * (2.0 + 5.0 * x[i] * x[i]) + 1.0 - band;
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        int n = x.length;
        for (int i = 0; i < n; i++) {
            for (int j = Math.max(0, i - LOWER); j <= Math.min(n - 1, i + UPPER); j++) {
                jac[i][j] = j == i ? 2.0 + 15.0 * x[i] * x[i] : -(1.0 + 2.0 * x[j]);
            }
        }
    }
}
