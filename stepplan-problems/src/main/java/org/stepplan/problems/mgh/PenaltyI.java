package org.stepplan.problems.mgh;

/**
 * MGH #23 penalty function I: n variable (standard n = 4), m = n + 1,
 * <pre>
 *     r_i = sqrt(a) (x_i - 1),  i = 1..n,   r_{n+1} = sum_j x_j^2 - 1/4,   a = 10^-5
 * </pre>
 * x0 = (1, 2, ..., n). f* (MGH, 6 digits): 2.24997e-5 (n = 4) at x* = 0.2500075 (every component), 7.08765e-5
 * (n = 10) at x* = 0.158122 (funconstrain's tests). No f* is published for other n.
 */
public final class PenaltyI extends MghFunction {

    private static final double SQRT_A = Math.sqrt(1e-5);

    public PenaltyI(int n) {
        super(atLeast("n", n, 1), n + 1, ramp(n), n == 4 ? 2.24997e-5 : n == 10 ? 7.08765e-5 : Double.NaN,
                n == 4 ? filled(n, 0.2500075) : n == 10 ? filled(n, 0.158122) : null);
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        double sum = 0.0;
        for (int i = 0; i < x.length; i++) {
            r[i] = SQRT_A * (x[i] - 1.0);
            sum += x[i] * x[i];
        }
        r[x.length] = sum - 0.25;
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        for (int i = 0; i < x.length; i++) {
            jac[i][i] = SQRT_A;
            jac[x.length][i] = 2.0 * x[i];
        }
    }

    /** (1, 2, ..., n). */
    private static double[] ramp(int n) {
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = j + 1;
        }
        return x;
    }
}
