package org.stepplan.problems;

import org.stepplan.core.DiagonalHessian;
import org.stepplan.core.Objective;

/**
 * The Rosenbrock function {@code f(w) = (w1 - 1)^2 + 100 (w2 - w1^2)^2}, minimum 0 at (1, 1).
 *
 * <p>The gradient is computed in the factored form of docs/methods.md §10c':
 * {@code d = w2 - w1*w1;  g = (2 (w1 - 1) - 400 w1 d,  200 d)}. The expanded polynomial rounds differently and makes
 * some of the paper's runs diverge. The seed paper starts from (-1, 0), not the MGH start (-1.2, 1).
 *
 * <p>Hessian diagonal ({@link DiagonalHessian}): {@code H_11 = 2 - 400 (w2 - w1^2) + 800 w1^2} (negative in part of
 * the plane, e.g. at (0, 1)), {@code H_22 = 200}.
 */
public final class Rosenbrock implements Objective, DiagonalHessian {

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double value(double[] w) {
        double a = w[0] - 1.0;
        double d = w[1] - w[0] * w[0];
        return a * a + 100.0 * d * d;
    }

    @Override
    public double valueAndGradient(double[] w, double[] gradient) {
        gradient(w, gradient);
        return value(w);
    }

    /** The gradient alone (the value is not computed). */
    @Override
    public void gradient(double[] w, double[] gradient) {
        double a = w[0] - 1.0;
        double d = w[1] - w[0] * w[0];
        gradient[0] = 2.0 * a - 400.0 * w[0] * d;
        gradient[1] = 200.0 * d;
    }

    @Override
    public void diagonalHessian(double[] w, double[] into) {
        double d = w[1] - w[0] * w[0];
        into[0] = 2.0 - 400.0 * d + 800.0 * w[0] * w[0];
        into[1] = 200.0;
    }
}
