package org.stepplan.problems.mgh;

/**
 * MGH #5 Beale: n = 2, m = 3,
 * <pre>
 *     r_i = y_i - x_1 (1 - x_2^i),   y = (1.5, 2.25, 2.625)
 * </pre>
 * x0 = (1, 1); f* = 0 at x* = (3, 0.5) (exact).
 */
public final class Beale extends MghFunction {

    private static final double[] Y = {1.5, 2.25, 2.625};

    public Beale() {
        super(2, 3, new double[] {1.0, 1.0}, 0.0, new double[] {3.0, 0.5});
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        double power = 1.0;
        for (int i = 0; i < 3; i++) {
            power *= x[1];
            r[i] = Y[i] - x[0] * (1.0 - power);
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        double power = 1.0; // x_2^(i-1)
        for (int i = 0; i < 3; i++) {
            jac[i][0] = -(1.0 - power * x[1]);
            jac[i][1] = (i + 1) * x[0] * power;
            power *= x[1];
        }
    }
}
