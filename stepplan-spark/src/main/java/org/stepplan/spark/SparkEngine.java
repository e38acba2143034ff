package org.stepplan.spark;

import java.util.Optional;
import org.apache.spark.api.java.JavaSparkContext;
import org.stepplan.core.Params;
import org.stepplan.learn.LearningEngine;
import org.stepplan.learn.LearningProblem;
import org.stepplan.learn.data.HeldSplit;
import org.stepplan.problems.Problem;

/**
 * {@code engine=spark}: the learning problem's training examples in a cached RDD on the master given by the
 * problem parameter {@code master}, over {@code partitions} partitions (0: the master's default parallelism); it also
 * reads {@code dataset=parquet:PATH} through Spark SQL.
 * Declared in {@code META-INF/services}.
 */
public final class SparkEngine implements LearningEngine {

    @Override
    public String name() {
        return "spark";
    }

    /**
     * {@code parquet:PATH}: the rows of a Parquet input read, split, standardized and cut into blocks by Spark on the
     * master ({@link ParquetData}), held there.
     */
    @Override
    public Optional<HeldSplit> read(String dataset, Params params) {
        if (!dataset.startsWith(ParquetData.PREFIX)) {
            return Optional.empty();
        }
        int partitions = SparkData.requirePartitions(params.integer("partitions")); // before Spark starts
        return Optional.of(ParquetData.read(SparkSessions.get(params.text("master")),
                dataset.substring(ParquetData.PREFIX.length()), params.text("label"), params.real("test_fraction"),
                params.integer("split_seed"), partitions));
    }

    @Override
    public Problem distribute(LearningProblem problem, Params params) {
        if (problem.held() instanceof ParquetData.Held held) {
            return new SparkProblem(problem, held.train(), held.test());
        }
        int partitions = SparkData.requirePartitions(params.integer("partitions")); // before Spark starts
        JavaSparkContext context = JavaSparkContext.fromSparkContext(
                SparkSessions.get(params.text("master")).sparkContext());
        return new SparkProblem(problem, SparkData.of(context, problem.split().train(), partitions), null);
    }
}
