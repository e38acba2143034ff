package org.stepplan.core;

import java.util.random.RandomGenerator;

/**
 * A random function {@code f(w; x)} whose expectation over samples x is the true objective {@code F(w)}, as in the
 * paper's Section 3. A sample (a minibatch, an example) is drawn with {@link #nextSample(RandomGenerator)} from a
 * generator the caller seeds; every evaluation until the next draw is on that sample, so a method can evaluate the
 * loss again "on the same minibatch" (LossGrad does).
 */
public interface StochasticObjective {

    /** The number of parameters d. */
    int dimension();

    /** Draws the next sample from {@code rng}; evaluations use it until the next call. */
    void nextSample(RandomGenerator rng);

    /** {@code f(w; x)} on the current sample. */
    double value(double[] w);

    /** {@code f(w; x)} on the current sample, with its gradient written into {@code gradient}. */
    double valueAndGradient(double[] w, double[] gradient);

    /** The gradient on the current sample, for a caller that does not read the value (see {@link Objective#gradient}). */
    default void gradient(double[] w, double[] gradient) {
        valueAndGradient(w, gradient);
    }

    /** The expected objective {@code F}, used to measure the loss in traces (never counted). */
    Objective expectation();
}
