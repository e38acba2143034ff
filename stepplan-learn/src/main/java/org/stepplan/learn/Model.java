package org.stepplan.learn;

import java.io.Serializable;

/**
 * A classifier with parameters w: the cross-entropy of one example and its gradient. An instance holds scratch
 * buffers for one thread; {@link #copy()} makes another. Nothing is allocated per example. Serializable, so that an
 * engine can ship it to where the data is (stepplan-spark).
 */
interface Model extends Serializable {

    /** The number of parameters d. */
    int dimension();

    /**
     * The cross-entropy {@code -ln p(label | x)} of the example whose features start at {@code x[offset]}; when
     * {@code gradient} is not null its gradient with respect to w is <em>added</em> into it.
     */
    double crossEntropy(double[] w, double[] x, int offset, int label, double[] gradient);

    /** The predicted class of the example at {@code x[offset]} (the most probable; the lowest label on a tie). */
    int predict(double[] w, double[] x, int offset);

    /**
     * The parameter ranges {@code [from, to)} that are weights (penalized by l2), as a flat array of pairs; the
     * parameters outside them are biases.
     */
    int[] weightRanges();

    /** The initial parameters. */
    double[] start();

    /** A model with the same shape and fresh scratch buffers (for another objective instance). */
    Model copy();
}
