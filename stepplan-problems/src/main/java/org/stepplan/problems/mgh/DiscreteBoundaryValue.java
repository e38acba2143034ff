package org.stepplan.problems.mgh;

/**
 * MGH #28 discrete boundary value: n variable (standard n = 10), m = n, h = 1/(n+1), t_i = i h, x_0 = x_{n+1} = 0,
 * <pre>
 *     r_i = 2 x_i - x_{i-1} - x_{i+1} + h^2 (x_i + t_i + 1)^3 / 2
 * </pre>
 * x0_j = t_j (t_j - 1); f* = 0 (MGH). x* (n = 10) from funconstrain's tests (8 digits); none published for other n.
 * The solution is the same as that of the discrete integral equation ({@link DiscreteIntegralEquation}).
 */
public final class DiscreteBoundaryValue extends MghFunction {

    /** x* for n = 10 (funconstrain's tests), shared with the discrete integral equation. */
    static final double[] SOLUTION_10 = {-0.04316498, -0.08157716, -0.11448571, -0.14097358, -0.15990870,
        -0.16987720, -0.16908998, -0.15524954, -0.12535589, -0.07541653};

    private final double h;

    public DiscreteBoundaryValue(int n) {
        super(atLeast("n", n, 1), n, startOf(n), 0.0, n == 10 ? SOLUTION_10 : null);
        h = 1.0 / (n + 1);
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        int n = x.length;
        for (int i = 0; i < n; i++) {
            double u = x[i] + (i + 1) * h + 1.0;
            r[i] = 2.0 * x[i] - at(x, i - 1) - at(x, i + 1) + h * h * u * u * u / 2.0;
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        int n = x.length;
        for (int i = 0; i < n; i++) {
            double u = x[i] + (i + 1) * h + 1.0;
            jac[i][i] = 2.0 + 1.5 * h * h * u * u;
            if (i > 0) {
                jac[i][i - 1] = -1.0;
            }
            if (i < n - 1) {
                jac[i][i + 1] = -1.0;
            }
        }
    }

    /** x0_j = t_j (t_j - 1), t_j = j / (n + 1): the start of both discretizations. */
    static double[] startOf(int n) {
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            double t = (j + 1.0) / (n + 1);
            x[j] = t * (t - 1.0);
        }
        return x;
    }
}
