package org.stepplan.problems;

import org.stepplan.core.LinearExample;
import org.stepplan.core.StochasticObjective;

/**
 * A linear least-mean-squares objective: each sample is an example {@code (x, y*)}, with
 *
 * <pre>
 *     delta = y* - w·x            (w·x accumulated in index order)
 *     f(w; x, y*) = 0.5 delta^2,  grad = -delta x
 * </pre>
 * Subclasses draw the examples into {@link #x} and {@link #target}. The current example is readable through
 * {@link LinearExample}, so the LMS methods (IDBD, Autostep) and plain gradient methods run on the same samples:
 * gradient descent with step size gamma is LMS, {@code w += gamma delta x}.
 */
public abstract class LmsObjective implements StochasticObjective, LinearExample {

    /** The current example's input vector, written by {@link #nextSample}. */
    protected final double[] x;
    /** The current example's target y*. */
    protected double target;

    /** The largest dimension of a generated online problem (a few vectors of 80 MB). */
    public static final int MAX_DIMENSION = 10_000_000;

    protected LmsObjective(int dimension) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be >= 1, got " + dimension);
        }
        org.stepplan.core.Vectors.requireAtMost("dimension", dimension, MAX_DIMENSION);
        this.x = new double[dimension];
    }

    @Override
    public final int dimension() {
        return x.length;
    }

    @Override
    public final double input(int i) {
        return x[i];
    }

    @Override
    public final double target() {
        return target;
    }

    /** {@code delta = y* - w·x} on the current example. */
    protected final double error(double[] w) {
        double prediction = 0.0;
        for (int i = 0; i < x.length; i++) {
            prediction += w[i] * x[i];
        }
        return target - prediction;
    }

    @Override
    public double value(double[] w) {
        double delta = error(w);
        return 0.5 * delta * delta;
    }

    @Override
    public double valueAndGradient(double[] w, double[] gradient) {
        double delta = error(w);
        for (int i = 0; i < x.length; i++) {
            gradient[i] = -delta * x[i];
        }
        return 0.5 * delta * delta;
    }

    /** The current example (x, then y*), followed by {@link #extraState()}. */
    @Override
    public final double[] sampleState() {
        double[] extra = extraState();
        double[] s = new double[x.length + 1 + extra.length];
        System.arraycopy(x, 0, s, 0, x.length);
        s[x.length] = target;
        System.arraycopy(extra, 0, s, x.length + 1, extra.length);
        return s;
    }

    @Override
    public final void restoreSampleState(double[] state) {
        int extra = extraState().length;
        org.stepplan.core.Vectors.requireStateLength(getClass().getSimpleName(), state, x.length + 1 + extra);
        System.arraycopy(state, 0, x, 0, x.length);
        target = state[x.length];
        restoreExtraState(java.util.Arrays.copyOfRange(state, x.length + 1, state.length));
    }

    /** A subclass's own state beyond the current example (of a length fixed at construction). */
    protected abstract double[] extraState();

    /** Restores what {@link #extraState()} gave. */
    protected abstract void restoreExtraState(double[] extra);
}
