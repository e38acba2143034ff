package org.stepplan.learn.data;

/**
 * A training set and a test set with the same features and classes (the test set may be empty).
 *
 * @param train the examples the model is fitted on
 * @param test  the held-out examples, for the test accuracy
 */
public record Split(Dataset train, Dataset test) {
}
