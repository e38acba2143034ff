package org.stepplan.problems.mgh;

/**
 * MGH #2 Freudenstein and Roth: n = 2, m = 2,
 * <pre>
 *     r_1 = -13 + x_1 + ((5 - x_2) x_2 - 2) x_2
 *     r_2 = -29 + x_1 + ((x_2 + 1) x_2 - 14) x_2
 * </pre>
 * x0 = (0.5, -2); f* = 0 at x* = (5, 4) (exact); a local minimum 48.9842... at (11.41..., -0.8968...) (MGH).
 */
public final class FreudensteinRoth extends MghFunction {

    public FreudensteinRoth() {
        super(2, 2, new double[] {0.5, -2.0}, 0.0, new double[] {5.0, 4.0});
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        r[0] = -13.0 + x[0] + ((5.0 - x[1]) * x[1] - 2.0) * x[1];
        r[1] = -29.0 + x[0] + ((x[1] + 1.0) * x[1] - 14.0) * x[1];
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        jac[0][0] = 1.0;
        jac[0][1] = (10.0 - 3.0 * x[1]) * x[1] - 2.0;
        jac[1][0] = 1.0;
        jac[1][1] = (3.0 * x[1] + 2.0) * x[1] - 14.0;
    }
}
