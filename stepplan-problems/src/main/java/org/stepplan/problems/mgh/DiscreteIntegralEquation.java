package org.stepplan.problems.mgh;

/**
 * MGH #29 discrete integral equation: n variable (standard n = 10), m = n, h = 1/(n+1), t_i = i h,
 * <pre>
 *     r_i = x_i + h/2 [ (1 - t_i) sum_{j&lt;=i} t_j (x_j + t_j + 1)^3 + t_i sum_{j&gt;i} (1 - t_j) (x_j + t_j + 1)^3 ]
 * </pre>
 * x0_j = t_j (t_j - 1); f* = 0 (MGH). x* (n = 10) from funconstrain's tests (8 digits, the same as the discrete
 * boundary value problem's); none published for other n.
 */
public final class DiscreteIntegralEquation extends MghFunction {

    private final double h;

    public DiscreteIntegralEquation(int n) {
        super(atLeast("n", n, 1), n, DiscreteBoundaryValue.startOf(n), 0.0,
                n == 10 ? DiscreteBoundaryValue.SOLUTION_10 : null);
        h = 1.0 / (n + 1);
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        int n = x.length;
        for (int i = 0; i < n; i++) {
            double ti = (i + 1) * h;
            double lower = 0.0;
            double upper = 0.0;
            for (int j = 0; j < n; j++) {
                double tj = (j + 1) * h;
                double u = x[j] + tj + 1.0;
                if (j <= i) {
                    lower += tj * u * u * u;
                } else {
                    upper += (1.0 - tj) * u * u * u;
                }
            }
            r[i] = x[i] + h / 2.0 * ((1.0 - ti) * lower + ti * upper);
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        int n = x.length;
        for (int i = 0; i < n; i++) {
            double ti = (i + 1) * h;
            for (int j = 0; j < n; j++) {
                double tj = (j + 1) * h;
                double u = x[j] + tj + 1.0;
                double weight = j <= i ? (1.0 - ti) * tj : ti * (1.0 - tj);
                jac[i][j] = h / 2.0 * weight * 3.0 * u * u;
            }
            jac[i][i] += 1.0;
        }
    }
}
