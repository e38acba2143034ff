package org.stepplan.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.stepplan.core.ExampleBatch;
import org.stepplan.core.Objective;
import org.stepplan.learn.ExampleLoss;

/**
 * The full-batch learning objective ({@code batch=all}) evaluated data-parallel: the examples stay in a cached RDD
 * of {@link Block}s on the executors; each evaluation broadcasts w, every block sums its examples' cross-entropies
 * and gradients in order ({@link ExampleLoss#add}), the blocks' sums are combined by the fixed binary tree over the
 * block indices of {@link BlockTree} ({@code treeAggregate} of the partitions' subtrees, depth 2), and the driver
 * finishes f(w) and its gradient with the local objective's arithmetic ({@link ExampleLoss#finish}). The order of
 * every floating-point addition is fixed by the blocks alone, so the value and gradient are bit-identical for any
 * number of partitions, any master and any order in which the tasks finish; they equal the local objective's up to
 * that order (pairwise over blocks instead of one running sum). A partition holding a contiguous range of blocks
 * sends O(log B) subtree sums of d + 2 doubles, so the driver holds O(d log B) per evaluation. Every gradient
 * evaluation counts n examples.
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
            return data.treeAggregate(new BlockTree(),
                    (tree, b) -> tree.add(b.index(), terms.add(weights.value(), b.x(), b.labels(), b.features(),
                            terms.emptySum(), withGradient)),
                    BlockTree::addAll, DEPTH).total();
        } finally {
            weights.destroy();
        }
    }

    @Override
    public int batchSize() {
        return (int) examples;
    }
}
