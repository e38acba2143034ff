package org.stepplan.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.stepplan.core.ExampleBatch;
import org.stepplan.core.Objective;
import org.stepplan.learn.ExampleLoss;

/**
 * The full-batch learning objective ({@code batch=all}) evaluated data-parallel: the examples stay in a cached RDD
 * of {@link Block}s on the executors; each evaluation broadcasts w, every partition sums its examples' cross-entropies
 * and gradients ({@link ExampleLoss#add}), {@code treeAggregate} merges the partial sums (depth 2), and the driver
 * finishes f(w) and its gradient with the local objective's arithmetic ({@link ExampleLoss#finish}). The driver
 * holds O(d): w, the gradient and the partial sums of the tree's last level. Every gradient evaluation counts n
 * examples. The result equals the local objective up to the order of the floating-point sum (partial sums merged in
 * a tree instead of one running sum); Spark merges the last level in the order its tasks finish, so two evaluations
 * at the same w may differ in the last bits.
 */
public final class SparkObjective implements Objective, ExampleBatch {

    /** The depth of the aggregation tree (Spark's default; MLlib's optimizers use the same). */
    static final int DEPTH = 2;

    private final JavaRDD<Block> data;
    private final long examples;
    private final ExampleLoss loss;
    private final JavaSparkContext context;

    /**
     * @param data     the training examples (cache it: every evaluation reads it)
     * @param examples their number n
     * @param loss     the objective's per-example terms
     * @throws IllegalArgumentException for {@code examples} outside 1..2^31-1 (the examples count is an int)
     */
    public SparkObjective(JavaRDD<Block> data, long examples, ExampleLoss loss) {
        if (examples < 1 || examples > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a Spark objective needs 1.." + Integer.MAX_VALUE + " examples, got "
                    + examples);
        }
        this.data = data;
        this.examples = examples;
        this.loss = loss;
        this.context = JavaSparkContext.fromSparkContext(data.context());
    }

    @Override
    public int dimension() {
        return loss.dimension();
    }

    @Override
    public double value(double[] w) {
        return loss.finish(w, sum(w, false), examples, null);
    }

    @Override
    public double valueAndGradient(double[] w, double[] gradient) {
        return loss.finish(w, sum(w, true), examples, gradient);
    }

    private double[] sum(double[] w, boolean withGradient) {
        Broadcast<double[]> weights = context.broadcast(w.clone());
        ExampleLoss terms = loss;
        try {
            return data.treeAggregate(terms.emptySum(),
                    (partial, b) -> terms.add(weights.value(), b.x(), b.labels(), b.features(), partial, withGradient),
                    ExampleLoss::merge, DEPTH);
        } finally {
            weights.destroy();
        }
    }

    @Override
    public int batchSize() {
        return (int) examples;
    }
}
