package org.stepplan.core;

import java.util.Objects;

/**
 * A deterministic differentiable function {@code f: R^d -> R}.
 *
 * <p>Implementations write the gradient into a caller-owned array and allocate nothing. They are reached by the
 * optimizers only through an {@link Oracle}, which counts every evaluation.
 */
public interface Objective {

    /**
     * A function's value and gradient in one call: writes {@code grad f(w)} into {@code gradient} (length d, every
     * component to be written) and returns {@code f(w)}.
     */
    @FunctionalInterface
    interface ValueAndGradient {
        double evaluate(double[] w, double[] gradient);
    }

    /**
     * The objective of dimension {@code d} computed by {@code f}, for example
     * {@code Objective.of(2, (w, g) -> { g[0] = 2 * w[0]; g[1] = 2 * w[1]; return w[0] * w[0] + w[1] * w[1]; })}.
     *
     * <p>Cost: {@link #valueAndGradient} and {@link #gradient} are one call of {@code f}, one gradient evaluation
     * through an {@link Oracle}. {@link #value} (a function evaluation, as line searches and loss-based methods make, or
     * the loss a monitor measures) also calls {@code f}, with a scratch gradient that is discarded: a value costs as
     * much as a gradient here. Implement {@code Objective} directly when a value alone is cheaper. The scratch array
     * belongs to the instance, so one instance serves one thread.
     *
     * @throws IllegalArgumentException when {@code d < 1}
     */
    static Objective of(int d, ValueAndGradient f) {
        if (d < 1) {
            throw new IllegalArgumentException("dimension d must be >= 1, got " + d);
        }
        Objects.requireNonNull(f, "f");
        return new Objective() {
            private final double[] scratch = new double[d];

            @Override
            public int dimension() {
                return d;
            }

            @Override
            public double value(double[] w) {
                return f.evaluate(w, scratch);
            }

            @Override
            public double valueAndGradient(double[] w, double[] gradient) {
                return f.evaluate(w, gradient);
            }
        };
    }

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
