package org.stepplan.optim;

import java.util.random.RandomGenerator;
import org.stepplan.core.LinearExample;
import org.stepplan.core.Objective;
import org.stepplan.core.StochasticObjective;

/**
 * Test LMS objective: a fixed script of examples (x, y*) drawn in order, cycling; the generator is ignored. Loss
 * {@code 0.5 (y* - w·x)^2}, gradient {@code -(y* - w·x) x}.
 */
final class ScriptedExamples implements StochasticObjective, LinearExample {

    private final double[][] inputs;
    private final double[] targets;
    private int current = -1;

    ScriptedExamples(double[][] inputs, double[] targets) {
        this.inputs = inputs;
        this.targets = targets;
    }

    @Override
    public int dimension() {
        return inputs[0].length;
    }

    @Override
    public void nextSample(RandomGenerator rng) {
        current = (current + 1) % inputs.length;
    }

    @Override
    public double input(int i) {
        return inputs[current][i];
    }

    @Override
    public double target() {
        return targets[current];
    }

    private static double error(double[] x, double y, double[] w) {
        double p = 0;
        for (int i = 0; i < w.length; i++) {
            p += w[i] * x[i];
        }
        return y - p;
    }

    @Override
    public double value(double[] w) {
        double d = error(inputs[current], targets[current], w);
        return 0.5 * d * d;
    }

    @Override
    public double valueAndGradient(double[] w, double[] gradient) {
        double d = error(inputs[current], targets[current], w);
        for (int i = 0; i < w.length; i++) {
            gradient[i] = -d * inputs[current][i];
        }
        return 0.5 * d * d;
    }

    /** The mean loss over the script. */
    @Override
    public Objective expectation() {
        return new Objective() {
            @Override
            public int dimension() {
                return inputs[0].length;
            }

            @Override
            public double value(double[] w) {
                double s = 0;
                for (int k = 0; k < inputs.length; k++) {
                    double d = error(inputs[k], targets[k], w);
                    s += 0.5 * d * d;
                }
                return s / inputs.length;
            }

            @Override
            public double valueAndGradient(double[] w, double[] gradient) {
                java.util.Arrays.fill(gradient, 0.0);
                for (int k = 0; k < inputs.length; k++) {
                    double d = error(inputs[k], targets[k], w);
                    for (int i = 0; i < w.length; i++) {
                        gradient[i] -= d * inputs[k][i] / inputs.length;
                    }
                }
                return value(w);
            }
        };
    }
}
