package org.stepplan.spark;

import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.stepplan.core.Oracle;
import org.stepplan.learn.ExampleLoss;
import org.stepplan.learn.LearningProblem;
import org.stepplan.problems.Problem;
import org.stepplan.run.Monitor;

/**
 * A learning problem whose training examples are evaluated by Spark: the same name, parameters, start and monitor
 * columns as the {@link LearningProblem} it wraps, with the oracle over a {@link SparkObjective} ({@code batch=all})
 * or a {@link SparkMinibatchObjective} ({@code batch=N}, seeded with the run's seed) and the monitor's training loss
 * measured by Spark too. The test accuracy is measured on the driver, or by Spark when Spark holds the test examples
 * too (a Parquet input): the number of examples classified correctly, summed exactly over the test blocks.
 */
public final class SparkProblem implements Problem {

    private final LearningProblem local;
    private final JavaRDD<Block> train;
    private final JavaRDD<Block> test;

    /**
     * @param train the training examples of {@code local}, cached, in global index order
     * @param test  its test examples, cached, or null when {@code local} holds them
     */
    public SparkProblem(LearningProblem local, JavaRDD<Block> train, JavaRDD<Block> test) {
        this.local = local;
        this.train = train;
        this.test = test;
    }

    @Override
    public String name() {
        return local.name();
    }

    @Override
    public Map<String, Object> params() {
        return local.params();
    }

    @Override
    public int dimension() {
        return local.dimension();
    }

    @Override
    public double[] start() {
        return local.start();
    }

    @Override
    public double[] optimum() {
        return null;
    }

    @Override
    public Oracle oracle(long seed) {
        return local.batch() == 0 ? Oracle.of(training())
                : Oracle.of(new SparkMinibatchObjective(train, local.trainingExamples(), local.exampleLoss(),
                        local.split().train(), local.batch()), new SplittableRandom(seed));
    }

    @Override
    public Monitor monitor(Oracle oracle) {
        return local.monitor(oracle, training(), test == null ? local::testAccuracy : this::testAccuracy);
    }

    /** The fraction of the test examples classified correctly at w (NaN without test examples). */
    private double testAccuracy(double[] w) {
        if (local.testExamples() == 0) {
            return Double.NaN;
        }
        ExampleLoss loss = local.exampleLoss();
        Broadcast<double[]> weights = JavaSparkContext.fromSparkContext(test.context()).broadcast(w.clone());
        try {
            long correct = test.map(b -> loss.correct(weights.value(), b.x(), b.labels(), b.features()))
                    .fold(0L, Long::sum);
            return (double) correct / local.testExamples();
        } finally {
            weights.destroy();
        }
    }

    private SparkObjective training() {
        return new SparkObjective(train, local.trainingExamples(), local.exampleLoss());
    }
}
