package org.stepplan.spark;

import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.api.java.JavaRDD;
import org.stepplan.core.Oracle;
import org.stepplan.learn.LearningProblem;
import org.stepplan.problems.Problem;
import org.stepplan.run.Monitor;

/**
 * A learning problem whose training examples are evaluated by Spark: the same name, parameters, start and monitor
 * columns as the {@link LearningProblem} it wraps, with the oracle over a {@link SparkObjective} ({@code batch=all})
 * or a {@link SparkMinibatchObjective} ({@code batch=N}, seeded with the run's seed) and the monitor's training loss
 * measured by Spark too (the test accuracy stays on the driver).
 */
public final class SparkProblem implements Problem {

    private final LearningProblem local;
    private final JavaRDD<Block> train;

    /** @param train the training examples of {@code local}, cached, in global index order */
    public SparkProblem(LearningProblem local, JavaRDD<Block> train) {
        this.local = local;
        this.train = train;
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
        return local.monitor(oracle, training());
    }

    private SparkObjective training() {
        return new SparkObjective(train, local.trainingExamples(), local.exampleLoss());
    }
}
