package org.stepplan.problems.mgh;

/**
 * MGH #6 Jennrich and Sampson: n = 2, m >= n (standard m = 10),
 * <pre>
 *     r_i = 2 + 2i - (exp(i x_1) + exp(i x_2)),   i = 1..m
 * </pre>
 * x0 = (0.3, 0.4); for m = 10, f* = 124.362 at x_1 = x_2 = 0.2578 (MGH give f* to 6 digits and x* to 4; x* below is
 * 0.2578252, from funconstrain's tests). No f* is published for other m.
 */
public final class JennrichSampson extends MghFunction {

    public JennrichSampson(int m) {
        super(2, atLeast("m", m, 2), new double[] {0.3, 0.4}, m == 10 ? 124.362 : Double.NaN,
                m == 10 ? new double[] {0.2578252, 0.2578252} : null);
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        for (int i = 0; i < r.length; i++) {
            int k = i + 1;
            r[i] = 2.0 + 2.0 * k - (Math.exp(k * x[0]) + Math.exp(k * x[1]));
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        for (int i = 0; i < jac.length; i++) {
            int k = i + 1;
            jac[i][0] = -k * Math.exp(k * x[0]);
            jac[i][1] = -k * Math.exp(k * x[1]);
        }
    }
}
