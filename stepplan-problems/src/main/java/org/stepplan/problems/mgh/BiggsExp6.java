package org.stepplan.problems.mgh;

/**
 * MGH #18 Biggs EXP6: n = 6, m >= n (standard m = 13),
 * <pre>
 *     r_i = x_3 exp(-t_i x_1) - x_4 exp(-t_i x_2) + x_6 exp(-t_i x_5) - y_i,
 *     t_i = 0.1 i,   y_i = exp(-t_i) - 5 exp(-10 t_i) + 3 exp(-4 t_i)
 * </pre>
 * x0 = (1, 2, 1, 1, 1, 1); f* = 0 at x* = (1, 10, 1, 5, 4, 3) (exact, every m); for m = 13 also a local minimum
 * 5.65565e-3 (MGH).
 */
public final class BiggsExp6 extends MghFunction {

    public BiggsExp6(int m) {
        super(6, atLeast("m", m, 6), new double[] {1.0, 2.0, 1.0, 1.0, 1.0, 1.0}, 0.0,
                new double[] {1.0, 10.0, 1.0, 5.0, 4.0, 3.0});
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        for (int i = 0; i < r.length; i++) {
            double t = 0.1 * (i + 1);
            double y = Math.exp(-t) - 5.0 * Math.exp(-10.0 * t) + 3.0 * Math.exp(-4.0 * t);
            r[i] = x[2] * Math.exp(-t * x[0]) - x[3] * Math.exp(-t * x[1]) + x[5] * Math.exp(-t * x[4]) - y;
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        for (int i = 0; i < jac.length; i++) {
            double t = 0.1 * (i + 1);
            double e1 = Math.exp(-t * x[0]);
            double e2 = Math.exp(-t * x[1]);
            double e5 = Math.exp(-t * x[4]);
            jac[i][0] = -t * x[2] * e1;
            jac[i][1] = t * x[3] * e2;
            jac[i][2] = e1;
            jac[i][3] = -e2;
            jac[i][4] = -t * x[5] * e5;
            jac[i][5] = e5;
        }
    }
}
