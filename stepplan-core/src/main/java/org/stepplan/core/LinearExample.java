package org.stepplan.core;

/**
 * The current sample of a linear least-mean-squares (LMS) objective: an example {@code (x, y*)} whose loss at weights
 * w is {@code 0.5 (y* - w·x)^2} and whose gradient is {@code -(y* - w·x) x}.
 *
 * <p>Implemented by {@link StochasticObjective}s whose samples are such examples. The LMS methods (IDBD, Autostep)
 * reach the example only after drawing it through the oracle: one counted {@link Oracle#gradient} call, then they read
 * x and y* here. The view is read-only: it exposes components, never the backing array.
 *
 * <p>A problem whose objective implements this interface provides {@link Capability#LINEAR_EXAMPLES}.
 */
public interface LinearExample {

    /** Component {@code i} (0-based, {@code i < d}) of the current example's input vector x. */
    double input(int i);

    /** The current example's target y*. */
    double target();

    /**
     * The linear example behind {@code oracle}, for an LMS method about to step on it.
     *
     * @param oracle the oracle the method was given
     * @param method the method's name, for the message
     * @throws IllegalArgumentException naming the method when the oracle's objective is not an LMS objective
     */
    static LinearExample of(Oracle oracle, String method) {
        StochasticObjective objective = oracle.stochasticObjective();
        if (objective instanceof LinearExample) {
            return (LinearExample) objective;
        }
        Object actual = objective != null ? objective : oracle.deterministicObjective();
        throw new IllegalArgumentException("method '" + method + "' needs " + Capability.LINEAR_EXAMPLES.description()
                + " (a stochastic objective implementing LinearExample), but the oracle's objective is "
                + (objective == null ? "deterministic " : "") + actual.getClass().getName());
    }
}
