package org.stepplan.problems.mgh;

/**
 * MGH #3 Powell badly scaled: n = 2, m = 2,
 * <pre>
 *     r_1 = 10^4 x_1 x_2 - 1,   r_2 = exp(-x_1) + exp(-x_2) - 1.0001
 * </pre>
 * x0 = (0, 1); f* = 0 at x* = (1.098...e-5, 9.106...) (MGH). The full-precision x* below solves r = 0 (Newton's
 * method in double, residuals below 1e-16); it agrees with MGH's digits.
 */
public final class PowellBadlyScaled extends MghFunction {

    public PowellBadlyScaled() {
        super(2, 2, new double[] {0.0, 1.0}, 0.0, new double[] {1.0981593296997559e-05, 9.106146739867036});
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        r[0] = 1e4 * x[0] * x[1] - 1.0;
        r[1] = Math.exp(-x[0]) + Math.exp(-x[1]) - 1.0001;
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        jac[0][0] = 1e4 * x[1];
        jac[0][1] = 1e4 * x[0];
        jac[1][0] = -Math.exp(-x[0]);
        jac[1][1] = -Math.exp(-x[1]);
    }
}
