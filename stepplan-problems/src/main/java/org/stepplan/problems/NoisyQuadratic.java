package org.stepplan.problems;

import java.util.random.RandomGenerator;
import org.stepplan.core.DiagonalHessian;
import org.stepplan.core.Objective;
import org.stepplan.core.StochasticObjective;
import org.stepplan.core.Vectors;

/**
 * A quadratic with seeded Gaussian gradient noise: each sample draws {@code xi ~ N(0, sigma^2 I)} and
 *
 * <pre>
 *     f(w; xi) = 0.5 (w - w*)^T Q (w - w*) + xi^T (w - w*),     grad f(w; xi) = Q (w - w*) + xi
 * </pre>
 * so that the expectation is the noiseless quadratic and the gradient noise has standard deviation sigma per
 * component (the stochastic setting the paper's algorithm is written for). The noise term is linear in w, so every
 * sample's Hessian is Q and its diagonal ({@link DiagonalHessian}) that of the quadratic.
 */
public final class NoisyQuadratic implements StochasticObjective, DiagonalHessian {

    private final Quadratic quadratic;
    private final double sigma;
    private final double[] optimum;
    private final double[] noise;

    /**
     * @param sigma the noise standard deviation, finite and &gt;= 0
     */
    public NoisyQuadratic(Quadratic quadratic, double sigma) {
        if (!(Double.isFinite(sigma) && sigma >= 0)) {
            throw new IllegalArgumentException("sigma must be finite and >= 0, got " + sigma);
        }
        this.quadratic = quadratic;
        this.sigma = sigma;
        this.optimum = quadratic.optimum();
        this.noise = new double[quadratic.dimension()];
    }

    @Override
    public int dimension() {
        return quadratic.dimension();
    }

    @Override
    public void nextSample(RandomGenerator rng) {
        for (int i = 0; i < noise.length; i++) {
            noise[i] = sigma * rng.nextGaussian();
        }
    }

    /** The current noise vector. */
    @Override
    public double[] sampleState() {
        return noise.clone();
    }

    @Override
    public void restoreSampleState(double[] state) {
        System.arraycopy(Vectors.requireStateLength("noisy-quadratic", state, noise.length), 0, noise, 0,
                noise.length);
    }

    @Override
    public double value(double[] w) {
        return quadratic.value(w) + noiseTerm(w);
    }

    @Override
    public double valueAndGradient(double[] w, double[] gradient) {
        double f = quadratic.valueAndGradient(w, gradient);
        for (int i = 0; i < noise.length; i++) {
            gradient[i] += noise[i];
        }
        return f + noiseTerm(w);
    }

    private double noiseTerm(double[] w) {
        double s = 0.0;
        for (int i = 0; i < noise.length; i++) {
            s += noise[i] * (w[i] - optimum[i]);
        }
        return s;
    }

    @Override
    public void diagonalHessian(double[] w, double[] into) {
        quadratic.diagonalHessian(w, into);
    }

    @Override
    public Objective expectation() {
        return quadratic;
    }
}
