package org.stepplan.optim;

import java.util.random.RandomGenerator;
import org.stepplan.core.Objective;
import org.stepplan.core.StochasticObjective;

/**
 * A stochastic test objective whose samples are fixed quadratics visited in turn (the generator is ignored):
 * sample k is {@code f_k(w) = 0.5 sum_i q_k[i] (w_i - c_k[i])^2}, gradient {@code q_k[i] (w_i - c_k[i])}. Used to
 * script what a method sees step by step (a zero gradient, a sign flip) while keeping losses non-negative.
 */
final class CyclingQuadratic implements StochasticObjective {

    private final double[][] q;
    private final double[][] c;
    private int current = -1;

    /** @param q curvatures per sample; @param c centres per sample (same shapes) */
    CyclingQuadratic(double[][] q, double[][] c) {
        this.q = q;
        this.c = c;
    }

    @Override
    public int dimension() {
        return q[0].length;
    }

    @Override
    public void nextSample(RandomGenerator rng) {
        current = (current + 1) % q.length;
    }

    @Override
    public double value(double[] w) {
        return value(current, w);
    }

    @Override
    public double valueAndGradient(double[] w, double[] gradient) {
        for (int i = 0; i < w.length; i++) {
            gradient[i] = q[current][i] * (w[i] - c[current][i]);
        }
        return value(current, w);
    }

    private double value(int k, double[] w) {
        double f = 0;
        for (int i = 0; i < w.length; i++) {
            double r = w[i] - c[k][i];
            f += q[k][i] * r * r;
        }
        return 0.5 * f;
    }

    @Override
    public Objective expectation() {
        return new Objective() {
            @Override
            public int dimension() {
                return CyclingQuadratic.this.dimension();
            }

            @Override
            public double value(double[] w) {
                double s = 0;
                for (int k = 0; k < q.length; k++) {
                    s += CyclingQuadratic.this.value(k, w);
                }
                return s / q.length;
            }

            @Override
            public double valueAndGradient(double[] w, double[] gradient) {
                java.util.Arrays.fill(gradient, 0.0);
                for (int k = 0; k < q.length; k++) {
                    for (int i = 0; i < w.length; i++) {
                        gradient[i] += q[k][i] * (w[i] - c[k][i]) / q.length;
                    }
                }
                return value(w);
            }
        };
    }
}
