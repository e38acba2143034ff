package org.stepplan.core;

/**
 * An objective evaluated on examples of a data set. {@link Oracle#gradient} adds {@link #batchSize()} to its
 * {@linkplain Oracle#examples() examples} count after each gradient evaluation, so that cost can be counted the way
 * machine learning counts it (examples touched, epochs).
 */
public interface ExampleBatch {

    /**
     * The number of examples the current evaluation used: the size of the current minibatch for a stochastic
     * objective, the number of training examples n for a full-batch one.
     */
    int batchSize();
}
