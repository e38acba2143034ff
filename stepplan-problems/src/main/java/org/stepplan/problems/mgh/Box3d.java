package org.stepplan.problems.mgh;

/**
 * MGH #12 Box three-dimensional: n = 3, m >= n (standard m = 10),
 * <pre>
 *     r_i = exp(-t_i x_1) - exp(-t_i x_2) - x_3 (exp(-t_i) - exp(-10 t_i)),   t_i = 0.1 i
 * </pre>
 * x0 = (0, 10, 20); f* = 0 at x* = (1, 10, 1) (exact, every m), also at (10, 1, -1) and wherever x_1 = x_2, x_3 = 0.
 */
public final class Box3d extends MghFunction {

    public Box3d(int m) {
        super(3, atLeast("m", m, 3), new double[] {0.0, 10.0, 20.0}, 0.0, new double[] {1.0, 10.0, 1.0});
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        for (int i = 0; i < r.length; i++) {
            double t = 0.1 * (i + 1);
            r[i] = Math.exp(-t * x[0]) - Math.exp(-t * x[1]) - x[2] * (Math.exp(-t) - Math.exp(-10.0 * t));
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        for (int i = 0; i < jac.length; i++) {
            double t = 0.1 * (i + 1);
            jac[i][0] = -t * Math.exp(-t * x[0]);
            jac[i][1] = t * Math.exp(-t * x[1]);
            jac[i][2] = -(Math.exp(-t) - Math.exp(-10.0 * t));
        }
    }
}
