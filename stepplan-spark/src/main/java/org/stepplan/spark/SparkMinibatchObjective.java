package org.stepplan.spark;

import java.util.List;
import java.util.random.RandomGenerator;
import org.apache.spark.api.java.JavaRDD;
import org.stepplan.core.ExampleBatch;
import org.stepplan.core.Objective;
import org.stepplan.core.StochasticObjective;
import org.stepplan.learn.ExampleLoss;
import org.stepplan.learn.MinibatchValue;
import org.stepplan.learn.data.Dataset;

/**
 * The minibatch learning objective ({@code batch=N}) on examples held by Spark. At the start of each epoch the
 * oracle's generator draws the epoch's seed; the epoch's {@code m = ceil(n / N)} minibatches are then
 * {@link EpochBuckets} (each example's minibatch a hash of the seed and its global index), taken in order 0..m-1 and
 * skipping an empty one. Each sample is selected on the executors (a filter of every partition by its examples'
 * buckets) and its examples, in global index order, are collected to the driver, where f(w; B) and its gradient are
 * evaluated by the local objective's code ({@link ExampleLoss#evaluate}). So the sequence of minibatches, every value
 * and every gradient are bit-identical for any number of partitions (a tree reduction on the executors would sum in
 * a shape-dependent order). The driver holds O(N x features + d); a gradient evaluation counts |B| examples.
 */
public final class SparkMinibatchObjective implements StochasticObjective, ExampleBatch, MinibatchValue {

    private final JavaRDD<Block> data;
    private final long examples;
    private final ExampleLoss loss;
    private final Dataset shape;
    private final int batches;
    private int nextBucket;
    private long epochSeed;
    private Dataset sample;
    private double lastGradientValue = Double.NaN;

    /**
     * @param data     the training examples (cached), ordered by global index
     * @param examples their number n
     * @param loss     the objective's per-example terms
     * @param shape    a data set with the examples' feature count and class names (its examples are not used)
     * @param batch    the nominal minibatch size N, 1..n
     * @throws IllegalArgumentException for a batch outside 1..n
     */
    public SparkMinibatchObjective(JavaRDD<Block> data, long examples, ExampleLoss loss, Dataset shape, int batch) {
        if (batch < 1 || batch > examples) {
            throw new IllegalArgumentException("batch must be in 1.." + examples + ", got " + batch);
        }
        this.data = data;
        this.examples = examples;
        this.loss = loss;
        this.shape = shape;
        this.batches = (int) ((examples + batch - 1) / batch);
        this.nextBucket = batches;
    }

    @Override
    public int dimension() {
        return loss.dimension();
    }

    @Override
    public void nextSample(RandomGenerator rng) {
        do {
            if (nextBucket == batches) {
                epochSeed = rng.nextLong();
                nextBucket = 0;
            }
            sample = collect(new EpochBuckets(epochSeed, batches), nextBucket++);
        } while (sample.examples() == 0);
    }

    private Dataset collect(EpochBuckets buckets, int bucket) {
        List<Block> parts = data.map(b -> b.select(buckets, bucket)).collect();
        int rows = 0;
        for (Block b : parts) {
            rows += b.rows();
        }
        int f = shape.features();
        double[] x = new double[rows * f];
        int[] y = new int[rows];
        int at = 0;
        for (Block b : parts) { // collect keeps the partitions' order, and the blocks are in global index order
            System.arraycopy(b.x(), 0, x, at * f, b.rows() * f);
            System.arraycopy(b.labels(), 0, y, at, b.rows());
            at += b.rows();
        }
        return new Dataset("minibatch", x, y, f, shape.classNames());
    }

    private void requireSample() {
        if (sample == null) {
            throw new IllegalStateException("no minibatch drawn yet: call nextSample first");
        }
    }

    @Override
    public double value(double[] w) {
        requireSample();
        return loss.evaluate(w, sample, null);
    }

    @Override
    public double valueAndGradient(double[] w, double[] gradient) {
        requireSample();
        lastGradientValue = loss.evaluate(w, sample, gradient);
        return lastGradientValue;
    }

    @Override
    public double lastGradientValue() {
        return lastGradientValue;
    }

    @Override
    public int batchSize() {
        return sample == null ? 0 : sample.examples();
    }

    @Override
    public Objective expectation() {
        return new SparkObjective(data, examples, loss);
    }
}
