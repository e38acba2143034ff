package org.stepplan.problems.mgh;

/**
 * MGH #25 variably dimensioned: n variable (standard n = 10), m = n + 2,
 * <pre>
 *     r_i = x_i - 1,  i = 1..n,   r_{n+1} = s,   r_{n+2} = s^2,   s = sum_j j (x_j - 1)
 * </pre>
 * x0_j = 1 - j/n; f* = 0 at x* = (1, ..., 1) (exact).
 */
public final class VariablyDimensioned extends MghFunction {

    public VariablyDimensioned(int n) {
        super(atLeast("n", n, 1), n + 2, start(n), 0.0, filled(n, 1.0));
    }

    private static double s(double[] x) {
        double s = 0.0;
        for (int j = 0; j < x.length; j++) {
            s += (j + 1) * (x[j] - 1.0);
        }
        return s;
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        int n = x.length;
        for (int i = 0; i < n; i++) {
            r[i] = x[i] - 1.0;
        }
        double s = s(x);
        r[n] = s;
        r[n + 1] = s * s;
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        int n = x.length;
        double s = s(x);
        for (int j = 0; j < n; j++) {
            jac[j][j] = 1.0;
            jac[n][j] = j + 1;
            jac[n + 1][j] = 2.0 * s * (j + 1);
        }
    }

    /** x0_j = 1 - j/n. */
    private static double[] start(int n) {
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = 1.0 - (j + 1.0) / n;
        }
        return x;
    }
}
