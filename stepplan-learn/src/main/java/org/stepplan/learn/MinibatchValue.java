package org.stepplan.learn;

/** A minibatch objective that remembers the value of its last gradient evaluation (the loss of that minibatch). */
public interface MinibatchValue {

    /** The value the last gradient evaluation returned (its minibatch's loss), NaN before the first. */
    double lastGradientValue();
}
