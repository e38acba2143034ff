package org.stepplan.problems.mgh;

/**
 * MGH #21 extended Rosenbrock (MGH #1 Rosenbrock for n = 2): n even, m = n, independent pairs
 * <pre>
 *     r_{2i-1} = 10 (x_{2i} - x_{2i-1}^2),   r_{2i} = 1 - x_{2i-1},   i = 1..n/2
 * </pre>
 * x0 = (-1.2, 1, -1.2, 1, ...); f* = 0 at x* = (1, ..., 1) (exact). Not SciPy's chained {@code rosen} for n > 2.
 */
public final class ExtendedRosenbrock extends MghFunction {

    /** @throws IllegalArgumentException unless n is even and >= 2 */
    public ExtendedRosenbrock(int n) {
        super(multipleOf("n", n, 2), n, repeated(n, -1.2, 1.0), 0.0, filled(n, 1.0));
    }

    @Override
    protected void residuals(double[] x, double[] r) {
        for (int i = 0; i < x.length; i += 2) {
            r[i] = 10.0 * (x[i + 1] - x[i] * x[i]);
            r[i + 1] = 1.0 - x[i];
        }
    }

    @Override
    protected void jacobian(double[] x, double[][] jac) {
        for (int i = 0; i < x.length; i += 2) {
            jac[i][i] = -20.0 * x[i];
            jac[i][i + 1] = 10.0;
            jac[i + 1][i] = -1.0;
        }
    }
}
