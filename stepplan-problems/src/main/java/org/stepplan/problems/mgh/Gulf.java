package org.stepplan.problems.mgh;

/**
 * MGH #11 Gulf research and development: n = 3, n &lt;= m &lt;= 100 (standard m = 99),
 * <pre>
 *     r_i = exp(-|y_i - x_2|^x_3 / x_1) - t_i,   t_i = i / 100,   y_i = 25 + (-50 ln t_i)^(2/3)
 * </pre>
 * (MGH print "mi" for the minus sign inside the exponential.) x0 = (5, 2.5, 0.15); f* = 0 at x* = (50, 25, 1.5)
 * (exact, for every m). m = 100 is excluded: y_100 = 25 = x*_2 puts ln 0 in the Jacobian at x*.
 */
public final class Gulf extends MghFunction {

    private final double[] y;

    /** @throws IllegalArgumentException unless 3 &lt;= m &lt;= 99 */
    public Gulf(int m) {
        super(3, inRange("m", m, 3, 99), new double[] {5.0, 2.5, 0.15}, 0.0, new double[] {50.0, 25.0, 1.5});
        y = new double[m];
        for (int i = 0; i < m; i++) {
            y[i] = 25.0 + Math.pow(-50.0 * Math.log((i + 1) / 100.0), 2.0 / 3.0);
        }
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        for (int i = 0; i < r.length; i++) {
            r[i] = Math.exp(-Math.pow(Math.abs(y[i] - x[1]), x[2]) / x[0]) - (i + 1) / 100.0;
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        for (int i = 0; i < jac.length; i++) {
            double d = x[1] - y[i];
            double a = Math.abs(d);
            double p = Math.pow(a, x[2]);
            double e = Math.exp(-p / x[0]);
            jac[i][0] = e * p / (x[0] * x[0]);
            jac[i][1] = -e * x[2] * p / (x[0] * d);
            jac[i][2] = -e * p * Math.log(a) / x[0];
        }
    }
}
