package org.stepplan.problems.mgh;

/**
 * MGH #14 Wood: n = 4, m = 6,
 * <pre>
 *     r_1 = 10 (x_2 - x_1^2),   r_2 = 1 - x_1,   r_3 = sqrt(90) (x_4 - x_3^2),   r_4 = 1 - x_3,
 *     r_5 = sqrt(10) (x_2 + x_4 - 2),   r_6 = (x_2 - x_4) / sqrt(10)
 * </pre>
 * x0 = (-3, -1, -3, -1); f* = 0 at x* = (1, 1, 1, 1) (exact).
 */
public final class Wood extends MghFunction {

    private static final double SQRT90 = Math.sqrt(90.0);
    private static final double SQRT10 = Math.sqrt(10.0);

    public Wood() {
        super(4, 6, new double[] {-3.0, -1.0, -3.0, -1.0}, 0.0, filled(4, 1.0));
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        r[0] = 10.0 * (x[1] - x[0] * x[0]);
        r[1] = 1.0 - x[0];
        r[2] = SQRT90 * (x[3] - x[2] * x[2]);
        r[3] = 1.0 - x[2];
        r[4] = SQRT10 * (x[1] + x[3] - 2.0);
        r[5] = (x[1] - x[3]) / SQRT10;
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        jac[0][0] = -20.0 * x[0];
        jac[0][1] = 10.0;
        jac[1][0] = -1.0;
        jac[2][2] = -2.0 * SQRT90 * x[2];
        jac[2][3] = SQRT90;
        jac[3][2] = -1.0;
        jac[4][1] = SQRT10;
        jac[4][3] = SQRT10;
        jac[5][1] = 1.0 / SQRT10;
        jac[5][3] = -1.0 / SQRT10;
    }
}
