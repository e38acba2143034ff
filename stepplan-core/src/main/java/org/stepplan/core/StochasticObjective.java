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

    /**
     * Everything the draws and evaluations have changed (the current sample, counters, running sums), flattened to
     * doubles (counters are exact up to 2^53), for a checkpoint. The default: the objective cannot be checkpointed.
     *
     * @throws UnsupportedOperationException when the objective does not support checkpoints
     */
    default double[] sampleState() {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot be checkpointed");
    }

    /**
     * Continues from a state given by {@link #sampleState()} of an objective made alike.
     *
     * @throws IllegalArgumentException when {@code state} does not fit this objective
     */
    default void restoreSampleState(double[] state) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot be checkpointed");
    }
}
