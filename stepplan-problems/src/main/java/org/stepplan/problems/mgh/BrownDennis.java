package org.stepplan.problems.mgh;

/**
 * MGH #16 Brown and Dennis: n = 4, m >= n (standard m = 20),
 * <pre>
 *     r_i = (x_1 + t_i x_2 - exp(t_i))^2 + (x_3 + x_4 sin(t_i) - cos(t_i))^2,   t_i = i / 5
 * </pre>
 * x0 = (25, 5, -5, -1); for m = 20, f* = 85822.2 (MGH, 6 digits) at x* = (-11.5944399, 13.2036301, -0.4034394,
 * 0.2367788) (funconstrain's tests). No f* is published for other m.
 */
public final class BrownDennis extends MghFunction {

    public BrownDennis(int m) {
        super(4, atLeast("m", m, 4), new double[] {25.0, 5.0, -5.0, -1.0}, m == 20 ? 85822.2 : Double.NaN,
                m == 20 ? new double[] {-11.5944399, 13.2036301, -0.4034394, 0.2367788} : null);
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        for (int i = 0; i < r.length; i++) {
            double t = (i + 1) / 5.0;
            double a = x[0] + t * x[1] - Math.exp(t);
            double b = x[2] + x[3] * Math.sin(t) - Math.cos(t);
            r[i] = a * a + b * b;
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        for (int i = 0; i < jac.length; i++) {
            double t = (i + 1) / 5.0;
            double a = x[0] + t * x[1] - Math.exp(t);
            double b = x[2] + x[3] * Math.sin(t) - Math.cos(t);
            jac[i][0] = 2.0 * a;
            jac[i][1] = 2.0 * a * t;
            jac[i][2] = 2.0 * b;
            jac[i][3] = 2.0 * b * Math.sin(t);
        }
    }
}
