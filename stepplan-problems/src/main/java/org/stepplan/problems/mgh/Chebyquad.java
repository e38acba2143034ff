package org.stepplan.problems.mgh;

/**
 * MGH #35 Chebyquad: n variable (standard n = 10), m >= n (standard m = n),
 * <pre>
 *     r_i = (1/n) sum_j T_i(x_j) - y_i,   y_i = integral_0^1 T_i = 0 (i odd), -1 / (i^2 - 1) (i even)
 * </pre>
 * where T_i is the i-th Chebyshev polynomial shifted to [0, 1]: T_i(x) = cos(i arccos(2x - 1)), evaluated by the
 * recurrence T_{i+1} = 2(2x - 1) T_i - T_{i-1}. x0_j = j / (n + 1). For m = n, f* (MGH, 6 digits) = 0 for n &lt;= 7
 * and n = 9, 3.51687e-3 for n = 8, 6.50395e-3 for n = 10; x* for n = 1..10 from funconstrain's tests (7 to 8 digits).
 * No f* is published for m != n or n > 10.
 */
public final class Chebyquad extends MghFunction {

    private static final double[][] MINIMIZERS = {
        {0.5},
        {0.2113249, 0.7886751},
        {0.1464466, 0.5000000, 0.8535534},
        {0.1026728, 0.4062038, 0.5937962, 0.8973272},
        {0.08375126, 0.31272930, 0.50000000, 0.68727070, 0.91624874},
        {0.06687659, 0.28874067, 0.36668230, 0.63331770, 0.71125933, 0.93312341},
        {0.05806915, 0.23517161, 0.33804409, 0.50000000, 0.66195591, 0.76482839, 0.94193085},
        {0.04315276, 0.19309084, 0.26632871, 0.50000000, 0.50000000, 0.73367129, 0.80690916, 0.95684724},
        {0.04420535, 0.19949067, 0.23561911, 0.41604691, 0.50000000, 0.58395309, 0.76438089, 0.80050933,
            0.95579465},
        {0.0596199, 0.1667083, 0.2391707, 0.3988843, 0.3988843, 0.6011157, 0.6011157, 0.7608293, 0.8332917,
            0.9403801}};

    public Chebyquad(int n, int m) {
        super(atLeast("n", n, 1), atLeast("m", m, n), start(n), publishedMinimum(n, m),
                m == n && n <= 10 ? MINIMIZERS[n - 1] : null);
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        int n = x.length;
        for (int i = 0; i < r.length; i++) {
            int k = i + 1;
            r[i] = k % 2 == 0 ? 1.0 / (k * k - 1.0) : 0.0; // -y_i
        }
        for (double xj : x) {
            double y = 2.0 * xj - 1.0;
            double previous = 1.0; // T_0
            double current = y; // T_1
            for (int i = 0; i < r.length; i++) {
                r[i] += current / n;
                double next = 2.0 * y * current - previous;
                previous = current;
                current = next;
            }
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        int n = x.length;
        for (int j = 0; j < n; j++) {
            double y = 2.0 * x[j] - 1.0;
            double previous = 1.0; // T_0
            double current = y; // T_1
            double dPrevious = 0.0; // T_0'
            double dCurrent = 2.0; // T_1' (in x: dy/dx = 2)
            for (int i = 0; i < jac.length; i++) {
                jac[i][j] = dCurrent / n;
                double next = 2.0 * y * current - previous;
                double dNext = 4.0 * current + 2.0 * y * dCurrent - dPrevious;
                previous = current;
                current = next;
                dPrevious = dCurrent;
                dCurrent = dNext;
            }
        }
    }

    /** x0_j = j / (n + 1). */
    private static double[] start(int n) {
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = (j + 1.0) / (n + 1);
        }
        return x;
    }

    private static double publishedMinimum(int n, int m) {
        if (m != n || n > 10) {
            return Double.NaN;
        }
        return n == 8 ? 3.51687e-3 : n == 10 ? 6.50395e-3 : 0.0;
    }
}
