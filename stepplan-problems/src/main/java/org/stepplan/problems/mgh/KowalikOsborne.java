package org.stepplan.problems.mgh;

/**
 * MGH #15 Kowalik and Osborne: n = 4, m = 11,
 * <pre>
 *     r_i = y_i - x_1 (u_i^2 + u_i x_2) / (u_i^2 + u_i x_3 + x_4)
 * </pre>
 * y = (0.1957, 0.1947, 0.1735, 0.1600, 0.0844, 0.0627, 0.0456, 0.0342, 0.0323, 0.0235, 0.0246),
 * u = (4, 2, 1, 0.5, 0.25, 0.167, 0.125, 0.1, 0.0833, 0.0714, 0.0625). x0 = (0.25, 0.39, 0.415, 0.39);
 * f* = 3.07505e-4 (MGH, 6 digits) at x* = (0.1928069, 0.1912823, 0.1230565, 0.1360623) (the digits commonly quoted
 * with it); a local minimum 1.02734e-3 at (+inf, -14.07..., -inf, -inf) (MGH).
 */
public final class KowalikOsborne extends MghFunction {

    private static final double[] Y = {0.1957, 0.1947, 0.1735, 0.1600, 0.0844, 0.0627, 0.0456, 0.0342, 0.0323,
        0.0235, 0.0246};
    private static final double[] U = {4, 2, 1, 0.5, 0.25, 0.167, 0.125, 0.1, 0.0833, 0.0714, 0.0625};

    public KowalikOsborne() {
        super(4, 11, new double[] {0.25, 0.39, 0.415, 0.39}, 3.07505e-4,
                new double[] {0.1928069, 0.1912823, 0.1230565, 0.1360623});
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        for (int i = 0; i < 11; i++) {
            double u = U[i];
            r[i] = Y[i] - x[0] * (u * u + u * x[1]) / (u * u + u * x[2] + x[3]);
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        for (int i = 0; i < 11; i++) {
            double u = U[i];
            double num = u * u + u * x[1];
            double den = u * u + u * x[2] + x[3];
            jac[i][0] = -num / den;
            jac[i][1] = -x[0] * u / den;
            jac[i][2] = x[0] * num * u / (den * den);
            jac[i][3] = x[0] * num / (den * den);
        }
    }
}
