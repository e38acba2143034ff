package org.stepplan.optim;

import java.util.random.RandomGenerator;
import org.stepplan.core.DiagonalHessian;
import org.stepplan.core.Objective;
import org.stepplan.core.StochasticObjective;

/**
 * Test stochastic objective with a Hessian diagonal: sample s (drawn in script order, cycling; the generator is
 * ignored) is {@code f(w; s) = sum_i 0.5 a_si (w_i - c_i)^2 + xi_si (w_i - c_i)}, so
 * {@code grad = a_s ⊙ (w - c) + xi_s} and {@code diag H = a_s} (which may be negative).
 */
final class ScriptedQuadratic implements StochasticObjective, DiagonalHessian {

    private final double[][] a;
    private final double[][] xi;
    private final double[] c;
    private int current = -1;

    ScriptedQuadratic(double[][] a, double[][] xi, double[] c) {
        this.a = a;
        this.xi = xi;
        this.c = c.clone();
    }

    /** One noiseless sample with a = (1, 2, 3), c = (1, -1, 0.5): a deterministic quadratic, as a stochastic one. */
    static ScriptedQuadratic wellConditioned() {
        return new ScriptedQuadratic(new double[][] {{1, 2, 3}}, new double[][] {{0, 0, 0}},
                new double[] {1, -1, 0.5});
    }

    @Override
    public int dimension() {
        return c.length;
    }

    @Override
    public void nextSample(RandomGenerator rng) {
        current = (current + 1) % a.length;
    }

    private static double value(double[] as, double[] xs, double[] c, double[] w) {
        double f = 0;
        for (int i = 0; i < w.length; i++) {
            double r = w[i] - c[i];
            f += 0.5 * as[i] * r * r + xs[i] * r;
        }
        return f;
    }

    @Override
    public double value(double[] w) {
        return value(a[current], xi[current], c, w);
    }

    @Override
    public double valueAndGradient(double[] w, double[] gradient) {
        for (int i = 0; i < w.length; i++) {
            gradient[i] = a[current][i] * (w[i] - c[i]) + xi[current][i];
        }
        return value(w);
    }

    @Override
    public void diagonalHessian(double[] w, double[] into) {
        System.arraycopy(a[current], 0, into, 0, into.length);
    }

    /** The mean over the script (value only is needed by the tests; the gradient is the mean gradient). */
    @Override
    public Objective expectation() {
        return new Objective() {
            @Override
            public int dimension() {
                return c.length;
            }

            @Override
            public double value(double[] w) {
                double s = 0;
                for (int k = 0; k < a.length; k++) {
                    s += ScriptedQuadratic.value(a[k], xi[k], c, w);
                }
                return s / a.length;
            }

            @Override
            public double valueAndGradient(double[] w, double[] gradient) {
                java.util.Arrays.fill(gradient, 0.0);
                for (int k = 0; k < a.length; k++) {
                    for (int i = 0; i < w.length; i++) {
                        gradient[i] += (a[k][i] * (w[i] - c[i]) + xi[k][i]) / a.length;
                    }
                }
                return value(w);
            }
        };
    }
}
