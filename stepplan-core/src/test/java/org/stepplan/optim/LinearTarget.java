package org.stepplan.optim;

import java.util.random.RandomGenerator;
import org.stepplan.core.LinearExample;
import org.stepplan.core.Objective;
import org.stepplan.core.StochasticObjective;

/**
 * Test LMS objective: a noiseless linear target {@code y* = w*·x} with inputs {@code x ~ N(0, I)} drawn from the
 * oracle's generator, so that the expected loss is {@code 0.5 ||w - w*||^2}.
 */
final class LinearTarget implements StochasticObjective, LinearExample {

    private final double[] wStar;
    private final double[] x;
    private double target;

    LinearTarget(double[] wStar) {
        this.wStar = wStar.clone();
        this.x = new double[wStar.length];
    }

    /** w* = (1, -1, 0.5). */
    static LinearTarget small() {
        return new LinearTarget(new double[] {1, -1, 0.5});
    }

    @Override
    public int dimension() {
        return wStar.length;
    }

    @Override
    public void nextSample(RandomGenerator rng) {
        target = 0;
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
            target += wStar[i] * x[i];
        }
    }

    @Override
    public double input(int i) {
        return x[i];
    }

    @Override
    public double target() {
        return target;
    }

    private double error(double[] w) {
        double p = 0;
        for (int i = 0; i < w.length; i++) {
            p += w[i] * x[i];
        }
        return target - p;
    }

    @Override
    public double value(double[] w) {
        double d = error(w);
        return 0.5 * d * d;
    }

    @Override
    public double valueAndGradient(double[] w, double[] gradient) {
        double d = error(w);
        for (int i = 0; i < w.length; i++) {
            gradient[i] = -d * x[i];
        }
        return 0.5 * d * d;
    }

    @Override
    public Objective expectation() {
        return new Objective() {
            @Override
            public int dimension() {
                return wStar.length;
            }

            @Override
            public double value(double[] w) {
                double s = 0;
                for (int i = 0; i < w.length; i++) {
                    double e = w[i] - wStar[i];
                    s += e * e;
                }
                return 0.5 * s;
            }

            @Override
            public double valueAndGradient(double[] w, double[] gradient) {
                for (int i = 0; i < w.length; i++) {
                    gradient[i] = w[i] - wStar[i];
                }
                return value(w);
            }
        };
    }
}
