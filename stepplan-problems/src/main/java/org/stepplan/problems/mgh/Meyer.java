package org.stepplan.problems.mgh;

/**
 * MGH #10 Meyer: n = 3, m = 16,
 * <pre>
 *     r_i = x_1 exp(x_2 / (t_i + x_3)) - y_i,   t_i = 45 + 5i
 * </pre>
 * y = (34780, 28610, 23650, 19630, 16370, 13720, 11540, 9744, 8261, 7030, 6005, 5147, 4427, 3820, 3307, 2872).
 * x0 = (0.02, 4000, 250); f* = 87.9458 (MGH, 6 digits) at x* = (5.60963766837e-3, 6181.34616768, 345.223628592)
 * (funconstrain's tests).
 */
public final class Meyer extends MghFunction {

    private static final double[] Y = {34780, 28610, 23650, 19630, 16370, 13720, 11540, 9744, 8261, 7030, 6005,
        5147, 4427, 3820, 3307, 2872};

    public Meyer() {
        super(3, 16, new double[] {0.02, 4000.0, 250.0}, 87.9458,
                new double[] {5.60963766837e-03, 6.18134616768e+03, 3.45223628592e+02});
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        for (int i = 0; i < 16; i++) {
            double t = 45.0 + 5.0 * (i + 1);
            r[i] = x[0] * Math.exp(x[1] / (t + x[2])) - Y[i];
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        for (int i = 0; i < 16; i++) {
            double d = 45.0 + 5.0 * (i + 1) + x[2];
            double e = Math.exp(x[1] / d);
            jac[i][0] = e;
            jac[i][1] = x[0] * e / d;
            jac[i][2] = -x[0] * e * x[1] / (d * d);
        }
    }
}
