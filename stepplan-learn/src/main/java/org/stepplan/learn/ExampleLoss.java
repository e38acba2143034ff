package org.stepplan.learn;

import java.io.Serializable;
import org.stepplan.learn.data.Dataset;

/**
 * A learning problem's objective ({@link DataLoss}) cut at its sum over the examples, for an engine that sums the
 * examples where they are (stepplan-spark). A part P of a set of examples B gives the partial sum
 *
 * <pre>
 *     S_P = ( sum_(i in P) grad CE(w; x_i, y_i),   sum_(i in P) CE(w; x_i, y_i) )
 * </pre>
 * held in one array of d + 2 doubles: the d gradient components, then the cross-entropies' Neumaier sum and its
 * compensation. Parts {@link #merge merge} by adding (the sums compensated again), and {@link #finish} turns
 * {@code S_B} into {@code f(w; B)} and its gradient with the same arithmetic as the local objective. Serializable; it
 * holds the model's shape and l2, never data.
 */
public final class ExampleLoss implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Model prototype;
    private final double l2;

    ExampleLoss(Model prototype, double l2) {
        this.prototype = prototype.copy();
        this.l2 = l2;
    }

    /** Binary logistic regression on {@code features} features (the {@code logistic} problem's objective). */
    public static ExampleLoss logistic(int features, double l2) {
        return new ExampleLoss(new Logistic(features), l2);
    }

    /** Softmax regression over {@code classes} classes (the {@code softmax} problem's objective). */
    public static ExampleLoss softmax(int features, int classes, double l2) {
        return new ExampleLoss(new Softmax(features, classes), l2);
    }

    /** The number of parameters d. */
    public int dimension() {
        return prototype.dimension();
    }

    /** The partial sum of no examples: d + 2 zeros. */
    public double[] emptySum() {
        return new double[prototype.dimension() + 2];
    }

    /**
     * Adds the {@code labels.length} examples of {@code x} (row-major, {@code features} per example), in order, into
     * {@code partial}; the gradients only when {@code withGradient}. Returns {@code partial}.
     */
    public double[] add(double[] w, double[] x, int[] labels, int features, double[] partial, boolean withGradient) {
        Model model = prototype.copy(); // fresh scratch buffers: one per call, callers may run in parallel
        int d = prototype.dimension();
        double sum = partial[d];
        double compensation = partial[d + 1];
        for (int r = 0; r < labels.length; r++) {
            double v = model.crossEntropy(w, x, r * features, labels[r], withGradient ? partial : null);
            double t = sum + v;
            compensation += DataLoss.roundingError(sum, v, t);
            sum = t;
        }
        partial[d] = sum;
        partial[d + 1] = compensation;
        return partial;
    }

    /** Adds the partial sum {@code other} into {@code into} and returns {@code into}. */
    public static double[] merge(double[] into, double[] other) {
        int d = into.length - 2;
        for (int k = 0; k < d; k++) {
            into[k] += other[k];
        }
        double sum = into[d];
        double v = other[d];
        double t = sum + v;
        into[d + 1] += DataLoss.roundingError(sum, v, t) + other[d + 1];
        into[d] = t;
        return into;
    }

    /**
     * {@code f(w; B)} from the partial sum over all of B ({@code count} examples), with its gradient written into
     * {@code gradient} when it is not null.
     */
    public double finish(double[] w, double[] partial, long count, double[] gradient) {
        int d = prototype.dimension();
        if (gradient != null) {
            System.arraycopy(partial, 0, gradient, 0, d);
        }
        return DataLoss.finish(w, partial[d] + partial[d + 1], count, prototype.weightRanges(), l2, gradient);
    }

    /** How many of the {@code labels.length} examples of {@code x} the model classifies correctly at {@code w}. */
    public long correct(double[] w, double[] x, int[] labels, int features) {
        Model model = prototype.copy();
        long correct = 0;
        for (int r = 0; r < labels.length; r++) {
            if (model.predict(w, x, r * features) == labels[r]) {
                correct++;
            }
        }
        return correct;
    }

    /** {@code f(w; B)} of the local objective on the examples of {@code batch}, in order (gradient as in finish). */
    public double evaluate(double[] w, Dataset batch, double[] gradient) {
        FullBatchLoss loss = new FullBatchLoss(prototype.copy(), batch, l2);
        return gradient == null ? loss.value(w) : loss.valueAndGradient(w, gradient);
    }
}
