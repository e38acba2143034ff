package org.stepplan.problems.mgh;

/**
 * MGH #19 Osborne 2: n = 11, m = 65,
 * <pre>
 *     r_i = y_i - (x_1 exp(-t_i x_5) + x_2 exp(-(t_i - x_9)^2 x_6) + x_3 exp(-(t_i - x_10)^2 x_7)
 *                  + x_4 exp(-(t_i - x_11)^2 x_8)),   t_i = (i - 1) / 10
 * </pre>
 * with MGH's 65 values y_i. x0 = (1.3, 0.65, 0.65, 0.7, 0.6, 3, 5, 7, 2, 4.5, 5.5); f* = 4.01377e-2 (MGH, 6 digits)
 * at x* = (1.30998, 0.43155, 0.63366, 0.59943, 0.75418, 0.90429, 1.36581, 4.82370, 2.39869, 4.56888, 5.67534)
 * (funconstrain's tests, 6 digits).
 */
public final class Osborne2 extends MghFunction {

    private static final double[] Y = {1.366, 1.191, 1.112, 1.013, 0.991, 0.885, 0.831, 0.847, 0.786, 0.725, 0.746,
        0.679, 0.608, 0.655, 0.616, 0.606, 0.602, 0.626, 0.651, 0.724, 0.649, 0.649, 0.694, 0.644, 0.624, 0.661,
        0.612, 0.558, 0.533, 0.495, 0.500, 0.423, 0.395, 0.375, 0.372, 0.391, 0.396, 0.405, 0.428, 0.429, 0.523,
        0.562, 0.607, 0.653, 0.672, 0.708, 0.633, 0.668, 0.645, 0.632, 0.591, 0.559, 0.597, 0.625, 0.739, 0.710,
        0.729, 0.720, 0.636, 0.581, 0.428, 0.292, 0.162, 0.098, 0.054};

    public Osborne2() {
        super(11, 65, new double[] {1.3, 0.65, 0.65, 0.7, 0.6, 3.0, 5.0, 7.0, 2.0, 4.5, 5.5}, 4.01377e-2,
                new double[] {1.30998, 0.43155, 0.63366, 0.59943, 0.75418, 0.90429, 1.36581, 4.82370, 2.39869,
                    4.56888, 5.67534});
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        for (int i = 0; i < 65; i++) {
            double t = i / 10.0;
            double d9 = t - x[8];
            double d10 = t - x[9];
            double d11 = t - x[10];
            r[i] = Y[i] - (x[0] * Math.exp(-t * x[4]) + x[1] * Math.exp(-d9 * d9 * x[5])
                    + x[2] * Math.exp(-d10 * d10 * x[6]) + x[3] * Math.exp(-d11 * d11 * x[7]));
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        for (int i = 0; i < 65; i++) {
            double t = i / 10.0;
            double e5 = Math.exp(-t * x[4]);
            jac[i][0] = -e5;
            jac[i][4] = t * x[0] * e5;
            for (int k = 1; k <= 3; k++) { // the three Gaussian terms: amplitude x[k], width x[k+4], centre x[k+7]
                double d = t - x[k + 7];
                double e = Math.exp(-d * d * x[k + 4]);
                jac[i][k] = -e;
                jac[i][k + 4] = x[k] * d * d * e;
                jac[i][k + 7] = -2.0 * x[k] * x[k + 4] * d * e;
            }
        }
    }
}
