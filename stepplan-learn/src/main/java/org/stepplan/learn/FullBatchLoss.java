package org.stepplan.learn;

import org.stepplan.core.ExampleBatch;
import org.stepplan.core.Objective;
import org.stepplan.learn.data.Dataset;

/**
 * The deterministic full-batch objective {@code f(w; all training examples)} of {@link DataLoss} ({@code batch=all},
 * the paper's setting); every gradient evaluation counts n examples.
 */
final class FullBatchLoss implements Objective, ExampleBatch {

    private final DataLoss loss;
    private final int[] all;

    FullBatchLoss(Model model, Dataset data, double l2) {
        this.loss = new DataLoss(model, data, l2);
        this.all = new int[data.examples()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
    }

    @Override
    public int dimension() {
        return loss.dimension();
    }

    @Override
    public double value(double[] w) {
        return loss.evaluate(w, all, 0, all.length, null);
    }

    @Override
    public double valueAndGradient(double[] w, double[] gradient) {
        return loss.evaluate(w, all, 0, all.length, gradient);
    }

    @Override
    public int batchSize() {
        return all.length;
    }

    /** The fraction of the data set's examples classified correctly at {@code w} (NaN for an empty set). */
    double accuracy(double[] w) {
        return all.length == 0 ? Double.NaN : loss.accuracy(w, all);
    }
}
