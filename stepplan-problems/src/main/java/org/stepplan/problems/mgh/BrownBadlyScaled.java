package org.stepplan.problems.mgh;

/**
 * MGH #4 Brown badly scaled: n = 2, m = 3,
 * <pre>
 *     r_1 = x_1 - 10^6,   r_2 = x_2 - 2 10^-6,   r_3 = x_1 x_2 - 2
 * </pre>
 * x0 = (1, 1); f* = 0 at x* = (10^6, 2 10^-6) (exact).
 */
public final class BrownBadlyScaled extends MghFunction {

    public BrownBadlyScaled() {
        super(2, 3, new double[] {1.0, 1.0}, 0.0, new double[] {1e6, 2e-6});
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        r[0] = x[0] - 1e6;
        r[1] = x[1] - 2e-6;
        r[2] = x[0] * x[1] - 2.0;
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        jac[0][0] = 1.0;
        jac[1][1] = 1.0;
        jac[2][0] = x[1];
        jac[2][1] = x[0];
    }
}
