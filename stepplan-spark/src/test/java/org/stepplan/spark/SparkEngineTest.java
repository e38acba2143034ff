package org.stepplan.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepplan.core.Oracle;
import org.stepplan.learn.LearningProblem;
import org.stepplan.learn.data.DataSource;
import org.stepplan.learn.data.Dataset;
import org.stepplan.learn.data.Split;
import org.stepplan.learn.data.UserCsv;
import org.stepplan.methods.Methods;
import org.stepplan.problems.Problem;
import org.stepplan.problems.Problems;
import org.stepplan.run.Minimizer;
import org.stepplan.run.Monitor;
import org.stepplan.run.Result;
import org.stepplan.run.StoppingRules;
import org.stepplan.run.TraceMemory;

/**
 * The Spark engine on real data, one local[2] session for the class: full-batch values and gradients equal to the
 * local objective's, minibatch runs that do not depend on the number of partitions, and the engine as the problem
 * registry reaches it.
 */
class SparkEngineTest {

    private static SparkSession spark;
    private static JavaSparkContext context;

    @BeforeAll
    static void start() {
        spark = SparkSessions.get("local[2]");
        context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static LearningProblem problem(String model, String dataset, String batch) {
        return (LearningProblem) Problems.create(model, Map.of("dataset", dataset, "batch", batch));
    }

    private static double[] perturbedStart(LearningProblem p) {
        double[] w = p.start();
        SplittableRandom rng = new SplittableRandom(3);
        for (int k = 0; k < w.length; k++) {
            w[k] += 0.05 * rng.nextGaussian();
        }
        return w;
    }

    private static double relative(double[] a, double[] b) {
        double diff = 0.0;
        double norm = 0.0;
        for (int k = 0; k < a.length; k++) {
            diff += (a[k] - b[k]) * (a[k] - b[k]);
            norm += b[k] * b[k];
        }
        return Math.sqrt(diff / norm);
    }

    @ParameterizedTest
    @CsvSource({"softmax, digits", "mlp, digits", "logistic, breast-cancer"})
    void fullBatchValueAndGradientEqualTheLocalObjective(String model, String dataset) {
        LearningProblem p = problem(model, dataset, "all");
        double[] w = perturbedStart(p);
        double[] local = new double[w.length];
        double localValue = p.oracle(0).gradient(w, local);
        JavaRDD<Block> data = SparkData.of(context, p.split().train(), 3, 100);
        SparkObjective objective = new SparkObjective(data, p.trainingExamples(), p.exampleLoss());
        double[] distributed = new double[w.length];
        double value = objective.valueAndGradient(w, distributed);
        double valueOnly = objective.value(w);
        data.unpersist();

        assertThat(Math.abs(value - localValue) / Math.abs(localValue)).isLessThanOrEqualTo(1e-12);
        assertThat(valueOnly).isEqualTo(value);
        assertThat(relative(distributed, local)).isLessThanOrEqualTo(1e-12);
        assertThat(objective.batchSize()).isEqualTo(p.trainingExamples());
    }

    @Test
    void fullBatchValueAndGradientAreBitIdenticalForOneTwoAndFourPartitionsAndRepeatedCalls() {
        LearningProblem p = problem("softmax", "digits", "all");
        double[] w = perturbedStart(p);
        double[] local = new double[w.length];
        double localValue = p.oracle(0).gradient(w, local);
        double[] first = null;
        double firstValue = Double.NaN;
        for (int partitions : new int[] {1, 2, 4}) {
            JavaRDD<Block> data = SparkData.of(context, p.split().train(), partitions, 100); // 18 blocks
            SparkObjective objective = new SparkObjective(data, p.trainingExamples(), p.exampleLoss());
            for (int call = 0; call < 2; call++) {
                double[] g = new double[w.length];
                double value = objective.valueAndGradient(w, g);
                if (first == null) {
                    first = g;
                    firstValue = value;
                }
                assertThat(value).isEqualTo(firstValue);
                assertThat(g).isEqualTo(first);
            }
            data.unpersist();
        }
        assertThat(Math.abs(firstValue - localValue) / localValue).isLessThanOrEqualTo(1e-12);
        assertThat(relative(first, local)).isLessThanOrEqualTo(1e-12);
    }

    @Test
    void minibatchRunsAreBitIdenticalForOneTwoAndFourPartitions() {
        LearningProblem p = problem("softmax", "digits", "100");
        List<Result> runs = List.of(run(p, 1), run(p, 2), run(p, 4));
        Result one = runs.get(0);
        assertThat(one.iterations()).isEqualTo(40);
        assertThat(Arrays.equals(one.w(), p.start())).isFalse();
        for (Result other : runs.subList(1, 3)) {
            assertThat(Arrays.equals(other.w(), one.w())).isTrue();
            assertThat(other.trace().stream().map(r -> r.loss()).toList())
                    .isEqualTo(one.trace().stream().map(r -> r.loss()).toList());
        }
    }

    @Test
    void minibatchEpochsVisitEveryExampleOnceAndCountTheirExamples() {
        LearningProblem p = problem("softmax", "digits", "100");
        int n = p.trainingExamples();
        JavaRDD<Block> data = SparkData.of(context, p.split().train(), 2, 100);
        Oracle oracle = new SparkProblem(p, data, null).oracle(5);
        double[] w = p.start();
        double[] g = new double[w.length];
        int minibatches = (n + 99) / 100;
        int[] sizes = new int[minibatches];
        for (int b = 0; b < minibatches; b++) {
            long before = oracle.examples();
            oracle.gradient(w, g);
            sizes[b] = (int) (oracle.examples() - before);
        }
        data.unpersist();
        assertThat(oracle.examples()).isEqualTo(n);
        assertThat(Arrays.stream(sizes).min().getAsInt()).isGreaterThan(50);
        assertThat(Arrays.stream(sizes).max().getAsInt()).isLessThan(150);
    }

    @Test
    void theRegistryRunsTheSameProblemOnSparkWhenAsked() {
        Problem distributed = Problems.create("softmax", Map.of("engine", "spark", "master", "local[2]",
                "partitions", "3"));
        LearningProblem local = problem("softmax", "digits", "all");
        assertThat(distributed).isInstanceOf(SparkProblem.class);
        assertThat(distributed.params()).containsEntry("engine", "spark");
        assertThat(distributed.params().get("partitions")).hasToString("3");
        double[] w = local.start();
        w[0] = 0.5;
        double[] g = new double[w.length];
        double value = distributed.oracle(0).gradient(w, g);
        assertThat(value).isCloseTo(local.trainingLoss(w), within(1e-12 * value));
    }

    /** The digits training set written as a CSV (header x0..x63,label) and as Parquet (two files) in {@code dir}. */
    private static Path[] digitsCsvAndParquet(Path dir) throws IOException {
        Dataset digits = problem("softmax", "digits", "all").split().train();
        int f = digits.features();
        Path csv = dir.resolve("digits.csv");
        StringBuilder text = new StringBuilder();
        StructType schema = new StructType();
        for (int j = 0; j < f; j++) {
            text.append("x").append(j).append(',');
            schema = schema.add("x" + j, DataTypes.DoubleType);
        }
        text.append("label\n");
        schema = schema.add("label", DataTypes.IntegerType);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < digits.examples(); i++) {
            Object[] cells = new Object[f + 1];
            for (int j = 0; j < f; j++) {
                cells[j] = digits.feature(i, j);
                text.append(digits.feature(i, j)).append(',');
            }
            cells[f] = digits.label(i);
            text.append(digits.label(i)).append('\n');
            rows.add(RowFactory.create(cells));
        }
        Files.writeString(csv, text);
        Path parquet = dir.resolve("digits.parquet");
        spark.createDataFrame(context.parallelize(rows, 2), schema).write().parquet(parquet.toString()); // 2 files
        return new Path[]{csv, parquet};
    }

    private static void assertSameBlocks(JavaRDD<Block> actual, JavaRDD<Block> expected) {
        List<Block> a = actual.collect();
        List<Block> e = expected.collect();
        assertThat(a).hasSameSizeAs(e);
        for (int b = 0; b < e.size(); b++) {
            assertThat(a.get(b).index()).isEqualTo(e.get(b).index());
            assertThat(a.get(b).first()).isEqualTo(e.get(b).first());
            assertThat(a.get(b).x()).isEqualTo(e.get(b).x());
            assertThat(a.get(b).labels()).isEqualTo(e.get(b).labels());
        }
    }

    @ParameterizedTest
    @CsvSource({"3, 0.2, 1", "1, 0.2, 7", "5, 0.0, 1"})
    void aParquetInputIsSplitStandardizedAndBlockedOnTheExecutorsLikeTheSameCsv(int partitions, double fraction,
                                                                              long seed, @TempDir Path dir)
            throws IOException {
        Path[] files = digitsCsvAndParquet(dir);
        Split local = DataSource.userData(UserCsv.read(files[0], "last"), fraction, seed);
        ParquetData.Held held = ParquetData.read(spark, files[1].toString(), "label", fraction, seed, partitions);
        assertThat(held.trainingExamples()).isEqualTo(local.train().examples());
        assertThat(held.testExamples()).isEqualTo(local.test().examples());
        assertThat(held.shape().train().classNames()).isEqualTo(local.train().classNames());
        assertThat(held.train().getNumPartitions()).isEqualTo(partitions);
        assertSameBlocks(held.train(), SparkData.of(context, local.train(), 2));
        assertSameBlocks(held.test(), SparkData.of(context, local.test(), 2));
        held.train().unpersist();
        held.test().unpersist();
    }

    @Test
    void readingAParquetInputSendsTheDriverNoExamples(@TempDir Path dir) throws Exception {
        Path parquet = digitsCsvAndParquet(dir)[1];
        long[] largest = new long[1]; // the largest result a task sent to the driver, in bytes
        SparkListener listener = new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.taskMetrics() != null) {
                    largest[0] = Math.max(largest[0], end.taskMetrics().resultSize());
                }
            }
        };
        spark.sparkContext().addSparkListener(listener);
        ParquetData.Held held = ParquetData.read(spark, parquet.toString(), "label", 0.2, 1, 3);
        spark.sparkContext().listenerBus().waitUntilEmpty();
        spark.sparkContext().removeSparkListener(listener);
        long featureBytes = 8L * (held.trainingExamples() + held.testExamples()) * 64; // 3 partitions of them
        assertThat(largest[0]).as("the largest task result of the read, of %s bytes of features", featureBytes)
                .isPositive().isLessThan(featureBytes / 16);
        held.train().unpersist();
        held.test().unpersist();
    }

    @Test
    void aParquetInputWithANonFiniteFeatureIsRejectedNamingTheRowAndColumn(@TempDir Path dir) {
        StructType schema = new StructType().add("a", DataTypes.DoubleType).add("b", DataTypes.DoubleType)
                .add("label", DataTypes.IntegerType);
        List<Row> rows = List.of(RowFactory.create(1.0, 2.0, 0), RowFactory.create(3.0, Double.NaN, 1),
                RowFactory.create(5.0, 6.0, 1));
        Path parquet = dir.resolve("bad.parquet");
        spark.createDataFrame(rows, schema).coalesce(1).write().parquet(parquet.toString());
        assertThatThrownBy(() -> ParquetData.read(spark, parquet.toString(), "last", 0.0, 1, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 1 (from 0)").hasMessageContaining("NaN in column 'b'");
    }

    @Test
    void aParquetInputGivesTheExamplesValueAndGradientOfTheSameCsvLocallyAndOnSpark(@TempDir Path dir) throws IOException {
        Path[] files = digitsCsvAndParquet(dir);
        Path csv = files[0];
        Path parquet = files[1];

        LearningProblem local = (LearningProblem) Problems.create("softmax", Map.of("dataset", "csv:" + csv));
        Problem distributed = Problems.create("softmax", Map.of("dataset", "parquet:" + parquet,
                "engine", "spark", "master", "local[2]", "partitions", "3"));
        double[] w = perturbedStart(local);
        double[] expected = new double[w.length];
        double expectedValue = local.oracle(0).gradient(w, expected);
        double[] g = new double[w.length];
        double value = distributed.oracle(0).gradient(w, g);
        assertThat(Math.abs(value - expectedValue) / expectedValue).isLessThanOrEqualTo(1e-12);
        assertThat(relative(g, expected)).isLessThanOrEqualTo(1e-12);
        Problem csvOnSpark = Problems.create("softmax", Map.of("dataset", "csv:" + csv, "engine", "spark",
                "master", "local[2]"));
        double[] gCsv = new double[w.length];
        assertThat(csvOnSpark.oracle(0).gradient(w, gCsv)).as("the same examples, the same fixed sum")
                .isEqualTo(value);
        assertThat(gCsv).isEqualTo(g);
        Monitor monitor = distributed.monitor(distributed.oracle(0));
        monitor.loss(w);
        assertThat(monitor.measurement(3)).as("the same test set").isEqualTo(local.testAccuracy(w));

        assertThatThrownBy(() -> ParquetData.read(spark, dir.resolve("none").toString(), "last", 0.2, 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("none");
        assertThatThrownBy(() -> ParquetData.read(spark, parquet.toString(), "y", 0.2, 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'y'");
    }

    @Test
    void badEngineSettingsAreRejectedNamingTheValue() {
        assertThatThrownBy(() -> Problems.create("softmax", Map.of("engine", "spark", "partitions", "-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> SparkSessions.get("local[3]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("local[2]");
    }

    private static Result run(LearningProblem p, int partitions) {
        JavaRDD<Block> data = SparkData.of(context, p.split().train(), partitions, 100);
        SparkProblem problem = new SparkProblem(p, data, null);
        Oracle oracle = problem.oracle(7);
        Result result = Minimizer.minimize(oracle, Methods.configure("sgd", Map.of("lr", "0.1", "momentum", "0.9")),
                problem.start(), problem.monitor(oracle),
                new StoppingRules(40, Long.MAX_VALUE, Double.NaN, Double.NaN, true), TraceMemory.ALL);
        data.unpersist();
        return result;
    }
}
