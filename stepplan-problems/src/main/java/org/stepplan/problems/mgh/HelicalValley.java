package org.stepplan.problems.mgh;

/**
 * MGH #7 helical valley: n = 3, m = 3,
 * <pre>
 *     r_1 = 10 (x_3 - 10 theta(x_1, x_2)),   r_2 = 10 (sqrt(x_1^2 + x_2^2) - 1),   r_3 = x_3
 *     theta = arctan(x_2 / x_1) / (2 pi)  (+ 1/2 when x_1 &lt; 0)
 * </pre>
 * At x_1 = 0 (where MGH leave theta open) theta = 1/4 sign(x_2) (docs/methods.md §11 convention); at x_1 = x_2 = 0 the
 * function is undefined (NaN). x0 = (-1, 0, 0); f* = 0 at x* = (1, 0, 0) (exact).
 */
public final class HelicalValley extends MghFunction {

    private static final double TWO_PI = 2.0 * Math.PI;

    public HelicalValley() {
        super(3, 3, new double[] {-1.0, 0.0, 0.0}, 0.0, new double[] {1.0, 0.0, 0.0});
    }

    private static double theta(double x1, double x2) {
        if (x1 == 0.0) {
            return x2 == 0.0 ? Double.NaN : 0.25 * Math.signum(x2);
        }
        double t = Math.atan(x2 / x1) / TWO_PI;
        return x1 < 0.0 ? t + 0.5 : t;
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        r[0] = 10.0 * (x[2] - 10.0 * theta(x[0], x[1]));
        r[1] = 10.0 * (Math.sqrt(x[0] * x[0] + x[1] * x[1]) - 1.0);
        r[2] = x[2];
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        double rho2 = x[0] * x[0] + x[1] * x[1];
        double rho = Math.sqrt(rho2);
        // d theta / d x_1 = -x_2 / (2 pi rho^2), d theta / d x_2 = x_1 / (2 pi rho^2)
        jac[0][0] = 100.0 * x[1] / (TWO_PI * rho2);
        jac[0][1] = -100.0 * x[0] / (TWO_PI * rho2);
        jac[0][2] = 10.0;
        jac[1][0] = 10.0 * x[0] / rho;
        jac[1][1] = 10.0 * x[1] / rho;
        jac[2][2] = 1.0;
    }
}
