package org.stepplan.optim;

import org.stepplan.core.Oracle;

/**
 * One optimization method with its state. {@link #step} advances {@code w} in place by one iteration of the method's
 * main loop, reaching the objective only through the counting {@link Oracle}.
 *
 * <p>Everything a user may want to watch is observable after each step: the current step size(s) and the event the
 * step produced (for example {@code plan} when step-size planning ran). The state can be snapshotted and restored
 * exactly: run N steps, snapshot, restore into a fresh instance, run M more, and the result is bit-identical to N+M
 * uninterrupted steps.
 *
 * <p>After a warm-up step, {@code step} allocates nothing.
 */
public interface Optimizer {

    /** The method's name as {@code stepplan list} shows it. */
    String method();

    /** The number of parameters d this instance was created for. */
    int dimension();

    /**
     * One iteration: {@code w} (length d) is updated in place.
     *
     * @throws IllegalArgumentException if {@code w} does not have length d
     */
    void step(double[] w, Oracle oracle);

    /** How many step sizes the method exposes: 0 (none), 1 (a scalar) or d (one per component). */
    int stepSizeCount();

    /**
     * Step size {@code i} (0-based) as it stands after the last step (before the first: its initial value).
     *
     * @throws IllegalArgumentException when {@code i} is not in [0, {@link #stepSizeCount()})
     */
    double stepSize(int i);

    /** The event the last step produced ({@code plan}, ...), or the empty string. */
    String lastEvent();

    /**
     * True once the method has stopped itself because it can make no further progress (for example L-BFGS after its
     * steepest-descent line search failed); {@link #lastEvent()} of the stopping step says why, and further steps
     * leave {@code w} unchanged. The run loop then ends with status {@code stopped}. False for methods that never stop.
     */
    default boolean stopped() {
        return false;
    }

    /** An exact copy of the state. */
    OptimizerState snapshot();

    /**
     * Replaces this instance's state by {@code state}.
     *
     * @throws IllegalArgumentException if the state is of another method, version or dimension
     */
    void restore(OptimizerState state);
}
