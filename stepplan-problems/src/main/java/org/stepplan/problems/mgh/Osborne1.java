package org.stepplan.problems.mgh;

/**
 * MGH #17 Osborne 1: n = 5, m = 33,
 * <pre>
 *     r_i = y_i - (x_1 + x_2 exp(-t_i x_4) + x_3 exp(-t_i x_5)),   t_i = 10 (i - 1)
 * </pre>
 * y = (0.844, 0.908, 0.932, 0.936, 0.925, 0.908, 0.881, 0.850, 0.818, 0.784, 0.751, 0.718, 0.685, 0.658, 0.628,
 * 0.603, 0.580, 0.558, 0.538, 0.522, 0.506, 0.490, 0.478, 0.467, 0.457, 0.448, 0.438, 0.431, 0.424, 0.420, 0.414,
 * 0.411, 0.406). x0 = (0.5, 1.5, -1, 0.01, 0.02). MGH give f* = 5.46489e-5 (6 digits); this is NIST StRD's MGH17
 * problem (same data), whose certified values (11 digits) are used: f* = 5.4648946975e-5 at
 * x* = (0.37541005211, 1.9358469127, -1.4646871366, 0.012867534640, 0.022122699662).
 */
public final class Osborne1 extends MghFunction {

    private static final double[] Y = {0.844, 0.908, 0.932, 0.936, 0.925, 0.908, 0.881, 0.850, 0.818, 0.784, 0.751,
        0.718, 0.685, 0.658, 0.628, 0.603, 0.580, 0.558, 0.538, 0.522, 0.506, 0.490, 0.478, 0.467, 0.457, 0.448,
        0.438, 0.431, 0.424, 0.420, 0.414, 0.411, 0.406};

    public Osborne1() {
        super(5, 33, new double[] {0.5, 1.5, -1.0, 0.01, 0.02}, 5.4648946975e-5, new double[] {3.7541005211e-01,
            1.9358469127e+00, -1.4646871366e+00, 1.2867534640e-02, 2.2122699662e-02});
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        for (int i = 0; i < 33; i++) {
            double t = 10.0 * i;
            r[i] = Y[i] - (x[0] + x[1] * Math.exp(-t * x[3]) + x[2] * Math.exp(-t * x[4]));
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        for (int i = 0; i < 33; i++) {
            double t = 10.0 * i;
            double e4 = Math.exp(-t * x[3]);
            double e5 = Math.exp(-t * x[4]);
            jac[i][0] = -1.0;
            jac[i][1] = -e4;
            jac[i][2] = -e5;
            jac[i][3] = t * x[1] * e4;
            jac[i][4] = t * x[2] * e5;
        }
    }
}
