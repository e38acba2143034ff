package org.stepplan.learn.data;

/**
 * A train/test split whose examples an engine holds where it evaluates them (stepplan-spark's Parquet input): this
 * process knows only its shape and sizes, so a learning problem on it is used through its engine.
 */
public interface HeldSplit {

    /** The training and test sets without examples: their names, features and class names. */
    Split shape();

    /** The number of training examples n. */
    int trainingExamples();

    /** The number of test examples. */
    int testExamples();
}
