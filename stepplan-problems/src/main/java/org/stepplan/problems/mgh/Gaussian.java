package org.stepplan.problems.mgh;

/**
 * MGH #9 Gaussian: n = 3, m = 15,
 * <pre>
 *     r_i = x_1 exp(-x_2 (t_i - x_3)^2 / 2) - y_i,   t_i = (8 - i) / 2
 * </pre>
 * y = (0.0009, 0.0044, 0.0175, 0.0540, 0.1295, 0.2420, 0.3521, 0.3989, 0.3521, ...) symmetric about i = 8.
 * x0 = (0.4, 1, 0); f* = 1.12793e-8 (MGH, 6 digits) at x* = (0.398956, 1.000019, 0) (funconstrain).
 */
public final class Gaussian extends MghFunction {

    private static final double[] Y = {0.0009, 0.0044, 0.0175, 0.0540, 0.1295, 0.2420, 0.3521, 0.3989, 0.3521,
        0.2420, 0.1295, 0.0540, 0.0175, 0.0044, 0.0009};

    public Gaussian() {
        super(3, 15, new double[] {0.4, 1.0, 0.0}, 1.12793e-8, new double[] {0.398956, 1.000019, 0.0});
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        for (int i = 0; i < 15; i++) {
            double d = (7 - i) / 2.0 - x[2];
            r[i] = x[0] * Math.exp(-0.5 * x[1] * d * d) - Y[i];
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        for (int i = 0; i < 15; i++) {
            double d = (7 - i) / 2.0 - x[2];
            double e = Math.exp(-0.5 * x[1] * d * d);
            jac[i][0] = e;
            jac[i][1] = -0.5 * x[0] * e * d * d;
            jac[i][2] = x[0] * e * x[1] * d;
        }
    }
}
