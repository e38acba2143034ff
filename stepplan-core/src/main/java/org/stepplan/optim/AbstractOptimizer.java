package org.stepplan.optim;

/** What every optimizer shares: its method name, dimension, last event and the length check on {@code w}. */
public abstract class AbstractOptimizer implements Optimizer {

    /** The event tag of a step that did nothing special. */
    protected static final String NO_EVENT = "";

    private final String method;
    protected final int dimension;

    protected AbstractOptimizer(String method, int dimension) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be >= 1, got " + dimension);
        }
        this.method = method;
        this.dimension = dimension;
    }

    @Override
    public final String method() {
        return method;
    }

    @Override
    public final int dimension() {
        return dimension;
    }

    @Override
    public String lastEvent() {
        return NO_EVENT;
    }

    /**
     * Step size {@code i}, after checking {@code 0 <= i < stepSizeCount()}.
     *
     * @throws IllegalArgumentException naming {@code i} when it is out of range
     */
    @Override
    public final double stepSize(int i) {
        if (i < 0 || i >= stepSizeCount()) {
            throw new IllegalArgumentException("step-size index i must be in [0, " + stepSizeCount() + ") for "
                    + method + ", got " + i);
        }
        return stepSizeAt(i);
    }

    /** Step size {@code i}, already checked to be in range. */
    protected abstract double stepSizeAt(int i);

    /** @throws IllegalArgumentException if {@code w} is not of length d */
    protected final void checkLength(double[] w) {
        if (w.length != dimension) {
            throw new IllegalArgumentException(
                    "w has length " + w.length + " but " + method + " was created for dimension " + dimension);
        }
    }
}
