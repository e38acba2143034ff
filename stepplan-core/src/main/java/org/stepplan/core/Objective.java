package org.stepplan.core;

/**
 * A deterministic differentiable function {@code f: R^d -> R}.
 *
 * <p>Implementations write the gradient into a caller-owned array and allocate nothing. They are reached by the
 * optimizers only through an {@link Oracle}, which counts every evaluation.
 */
public interface Objective {

    /** The number of parameters d. */
    int dimension();

    /** {@code f(w)}. One function evaluation. */
    double value(double[] w);

    /**
     * {@code f(w)}, with {@code grad f(w)} written into {@code gradient} (length d). One gradient evaluation.
     *
     * @return the value f(w)
     */
    double valueAndGradient(double[] w, double[] gradient);

    /**
     * {@code grad f(w)} written into {@code gradient}, for a caller that does not read the value. One gradient
     * evaluation, like {@link #valueAndGradient}; an implementation may skip computing f (the default does not).
     */
    default void gradient(double[] w, double[] gradient) {
        valueAndGradient(w, gradient);
    }
}
