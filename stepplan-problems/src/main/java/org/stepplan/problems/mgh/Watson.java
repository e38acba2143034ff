package org.stepplan.problems.mgh;

/**
 * MGH #20 Watson: 2 &lt;= n &lt;= 31 (standard n = 6), m = 31,
 * <pre>
 *     r_i = sum_{j=2..n} (j-1) x_j t_i^(j-2) - (sum_{j=1..n} x_j t_i^(j-1))^2 - 1,   t_i = i / 29,   i = 1..29
 *     r_30 = x_1,   r_31 = x_2 - x_1^2 - 1
 * </pre>
 * x0 = 0. f* (MGH, 6 digits): 2.28767e-3 (n = 6), 1.39976e-6 (n = 9), 4.72238e-10 (n = 12); none for other n.
 * x* for n = 6 from funconstrain's tests (8 digits). funconstrain also list x* for n = 9 and 12, but f there is
 * 1.39987e-6 and 1.02951e-8, not MGH's f*, so those are not given.
 */
public final class Watson extends MghFunction {

    private static final double[] MINIMIZER_6 = {-0.01573919, 1.01241881, -0.23273987, 1.25964331, -1.51285698,
        0.99265101};

    /** @throws IllegalArgumentException unless 2 &lt;= n &lt;= 31 */
    public Watson(int n) {
        super(inRange("n", n, 2, 31), 31, filled(n, 0.0), publishedMinimum(n), n == 6 ? MINIMIZER_6 : null);
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        for (int i = 0; i < 29; i++) {
            double t = (i + 1) / 29.0;
            double s1 = 0.0; // sum (j-1) x_j t^(j-2)
            double s2 = x[0]; // sum x_j t^(j-1)
            double power = 1.0; // t^(j-2)
            for (int j = 1; j < x.length; j++) {
                s1 += j * x[j] * power;
                power *= t;
                s2 += x[j] * power;
            }
            r[i] = s1 - s2 * s2 - 1.0;
        }
        r[29] = x[0];
        r[30] = x[1] - x[0] * x[0] - 1.0;
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        for (int i = 0; i < 29; i++) {
            double t = (i + 1) / 29.0;
            double s2 = x[0];
            double power = 1.0;
            for (int j = 1; j < x.length; j++) {
                power *= t;
                s2 += x[j] * power;
            }
            jac[i][0] = -2.0 * s2;
            power = 1.0; // t^(j-2) for the 0-based index j
            for (int j = 1; j < x.length; j++) {
                jac[i][j] = j * power - 2.0 * s2 * power * t;
                power *= t;
            }
        }
        jac[29][0] = 1.0;
        jac[30][0] = -2.0 * x[0];
        jac[30][1] = 1.0;
    }

    private static double publishedMinimum(int n) {
        switch (n) {
            case 6: return 2.28767e-3;
            case 9: return 1.39976e-6;
            case 12: return 4.72238e-10;
            default: return Double.NaN;
        }
    }
}
