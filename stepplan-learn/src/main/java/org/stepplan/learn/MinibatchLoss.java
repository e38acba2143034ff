package org.stepplan.learn;

import java.util.random.RandomGenerator;
import org.stepplan.core.ExampleBatch;
import org.stepplan.core.Objective;
import org.stepplan.core.StochasticObjective;
import org.stepplan.learn.data.Dataset;

/**
 * The minibatch objective ({@code batch=N}): the training examples are visited epoch by epoch, each epoch in a fresh
 * order drawn by a Fisher-Yates shuffle of the previous order with the oracle's generator (at the first draw too),
 * and each sample is the next N examples of that order without replacement; the last batch of an epoch holds the
 * {@code n mod N} remaining examples when N does not divide n. Evaluations are {@code f(w; B)} of {@link DataLoss}
 * on the current batch B; its expectation is the full-batch objective.
 */
final class MinibatchLoss implements StochasticObjective, ExampleBatch, MinibatchValue {

    private final DataLoss loss;
    private final Model prototype;
    private final double l2;
    private final int batch;
    private final int[] order;
    private int next;
    private int from;
    private int count;
    private double lastGradientValue = Double.NaN;

    /** @param batch examples per minibatch, 1..n */
    MinibatchLoss(Model model, Dataset data, double l2, int batch) {
        this.loss = new DataLoss(model, data, l2);
        this.prototype = model;
        this.l2 = l2;
        this.batch = batch;
        this.order = new int[data.examples()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        this.next = order.length;
    }

    @Override
    public int dimension() {
        return loss.dimension();
    }

    @Override
    public void nextSample(RandomGenerator rng) {
        if (next == order.length) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            next = 0;
        }
        from = next;
        count = Math.min(batch, order.length - next);
        next += count;
    }

    private void requireSample() {
        if (count == 0) {
            throw new IllegalStateException("no minibatch drawn yet: call nextSample first");
        }
    }

    @Override
    public double value(double[] w) {
        requireSample();
        return loss.evaluate(w, order, from, count, null);
    }

    @Override
    public double valueAndGradient(double[] w, double[] gradient) {
        requireSample();
        lastGradientValue = loss.evaluate(w, order, from, count, gradient);
        return lastGradientValue;
    }

    @Override
    public double lastGradientValue() {
        return lastGradientValue;
    }

    @Override
    public int batchSize() {
        return count;
    }

    @Override
    public Objective expectation() {
        return new FullBatchLoss(prototype.copy(), loss.data(), l2);
    }
}
