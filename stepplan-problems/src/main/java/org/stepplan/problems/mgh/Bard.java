package org.stepplan.problems.mgh;

/**
 * MGH #8 Bard: n = 3, m = 15,
 * <pre>
 *     r_i = y_i - (x_1 + u_i / (v_i x_2 + w_i x_3)),   u_i = i,  v_i = 16 - i,  w_i = min(u_i, v_i)
 * </pre>
 * y = (0.14, 0.18, 0.22, 0.25, 0.29, 0.32, 0.35, 0.39, 0.37, 0.58, 0.73, 0.96, 1.34, 2.10, 4.39). x0 = (1, 1, 1);
 * f* = 8.21487e-3 (MGH, 6 digits) at x* = (0.08241056, 1.133036, 2.343695) (funconstrain); a local minimum
 * 17.4286... at (0.8406..., -inf, -inf) (MGH).
 */
public final class Bard extends MghFunction {

    private static final double[] Y = {0.14, 0.18, 0.22, 0.25, 0.29, 0.32, 0.35, 0.39, 0.37, 0.58, 0.73, 0.96,
        1.34, 2.10, 4.39};

    public Bard() {
        super(3, 15, new double[] {1.0, 1.0, 1.0}, 8.21487e-3, new double[] {0.08241056, 1.133036, 2.343695});
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        for (int i = 0; i < 15; i++) {
            double u = i + 1;
            double v = 16 - u;
            double w = Math.min(u, v);
            r[i] = Y[i] - (x[0] + u / (v * x[1] + w * x[2]));
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        for (int i = 0; i < 15; i++) {
            double u = i + 1;
            double v = 16 - u;
            double w = Math.min(u, v);
            double d = v * x[1] + w * x[2];
            jac[i][0] = -1.0;
            jac[i][1] = u * v / (d * d);
            jac[i][2] = u * w / (d * d);
        }
    }
}
