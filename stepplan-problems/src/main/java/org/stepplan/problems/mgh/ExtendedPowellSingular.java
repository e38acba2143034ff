package org.stepplan.problems.mgh;

/**
 * MGH #22 extended Powell singular (MGH #13 Powell singular for n = 4): n a multiple of 4, m = n; block k applies
 * <pre>
 *     r_1 = x_1 + 10 x_2,   r_2 = sqrt(5) (x_3 - x_4),   r_3 = (x_2 - 2 x_3)^2,   r_4 = sqrt(10) (x_1 - x_4)^2
 * </pre>
 * to (x_{4k-3}, ..., x_{4k}). x0 = (3, -1, 0, 1, 3, -1, 0, 1, ...); f* = 0 at x* = 0 (exact), where the Hessian is
 * singular (linear convergence is expected).
 */
public final class ExtendedPowellSingular extends MghFunction {

    private static final double SQRT5 = Math.sqrt(5.0);
    private static final double SQRT10 = Math.sqrt(10.0);

    /** @throws IllegalArgumentException unless n is a positive multiple of 4 */
    public ExtendedPowellSingular(int n) {
        super(multipleOf("n", n, 4), n, repeated(n, 3.0, -1.0, 0.0, 1.0), 0.0, filled(n, 0.0));
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        for (int k = 0; k < x.length; k += 4) {
            double a = x[k + 1] - 2.0 * x[k + 2];
            double b = x[k] - x[k + 3];
            r[k] = x[k] + 10.0 * x[k + 1];
            r[k + 1] = SQRT5 * (x[k + 2] - x[k + 3]);
            r[k + 2] = a * a;
            r[k + 3] = SQRT10 * b * b;
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        for (int k = 0; k < x.length; k += 4) {
            double a = x[k + 1] - 2.0 * x[k + 2];
            double b = x[k] - x[k + 3];
            jac[k][k] = 1.0;
            jac[k][k + 1] = 10.0;
            jac[k + 1][k + 2] = SQRT5;
            jac[k + 1][k + 3] = -SQRT5;
            jac[k + 2][k + 1] = 2.0 * a;
            jac[k + 2][k + 2] = -4.0 * a;
            jac[k + 3][k] = 2.0 * SQRT10 * b;
            jac[k + 3][k + 3] = -2.0 * SQRT10 * b;
        }
    }
}
