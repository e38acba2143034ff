package org.stepplan.problems.mgh;

/**
 * MGH #24 penalty function II: n variable (standard n = 4), m = 2n, a = 10^-5,
 * <pre>
 *     r_1 = x_1 - 0.2
 *     r_i = sqrt(a) (exp(x_i / 10) + exp(x_{i-1} / 10) - y_i),   y_i = exp(i / 10) + exp((i-1) / 10),   i = 2..n
 *     r_i = sqrt(a) (exp(x_{i-n+1} / 10) - exp(-1/10)),   i = n+1..2n-1
 *     r_2n = sum_j (n - j + 1) x_j^2 - 1
 * </pre>
 * x0 = (1/2, ..., 1/2). f* (MGH, 6 digits): 9.37629e-6 (n = 4), 2.93660e-4 (n = 10); x* from funconstrain's tests
 * (7 to 8 digits). No f* is published for other n.
 */
public final class PenaltyII extends MghFunction {

    private static final double SQRT_A = Math.sqrt(1e-5);
    private static final double[] MINIMIZER_4 = {0.1999993, 0.1913145, 0.4800895, 0.5188700};
    private static final double[] MINIMIZER_10 = {0.19998361, 0.01035098, 0.01960492, 0.03208906, 0.04993267,
        0.07651399, 0.11862407, 0.19214487, 0.34732059, 0.36916432};

    public PenaltyII(int n) {
        super(atLeast("n", n, 2), 2 * n, filled(n, 0.5), n == 4 ? 9.37629e-6 : n == 10 ? 2.93660e-4 : Double.NaN,
                n == 4 ? MINIMIZER_4 : n == 10 ? MINIMIZER_10 : null);
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        int n = x.length;
        r[0] = x[0] - 0.2;
        for (int i = 1; i < n; i++) {
            double y = Math.exp((i + 1) / 10.0) + Math.exp(i / 10.0);
            r[i] = SQRT_A * (Math.exp(x[i] / 10.0) + Math.exp(x[i - 1] / 10.0) - y);
            r[n + i - 1] = SQRT_A * (Math.exp(x[i] / 10.0) - Math.exp(-0.1));
        }
        double sum = 0.0;
        for (int j = 0; j < n; j++) {
            sum += (n - j) * x[j] * x[j];
        }
        r[2 * n - 1] = sum - 1.0;
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        int n = x.length;
        jac[0][0] = 1.0;
        for (int i = 1; i < n; i++) {
            double ei = SQRT_A * Math.exp(x[i] / 10.0) / 10.0;
            jac[i][i] = ei;
            jac[i][i - 1] = SQRT_A * Math.exp(x[i - 1] / 10.0) / 10.0;
            jac[n + i - 1][i] = ei;
        }
        for (int j = 0; j < n; j++) {
            jac[2 * n - 1][j] = 2.0 * (n - j) * x[j];
        }
    }
}
