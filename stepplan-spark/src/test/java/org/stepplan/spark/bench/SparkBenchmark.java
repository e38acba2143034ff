package org.stepplan.spark.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.stepplan.core.Objective;
import org.stepplan.core.Oracle;
import org.stepplan.learn.ExampleLoss;
import org.stepplan.learn.LearningProblem;
import org.stepplan.methods.Methods;
import org.stepplan.problems.Problems;
import org.stepplan.run.Minimizer;
import org.stepplan.run.Monitor;
import org.stepplan.run.Result;
import org.stepplan.run.StoppingRules;
import org.stepplan.run.TraceMemory;
import org.stepplan.spark.Block;
import org.stepplan.spark.SparkData;
import org.stepplan.spark.SparkObjective;
import org.stepplan.spark.SparkSessions;

/**
 * The figures of docs/benchmarks.md (Spark engine); a program, not a test. Arguments:
 * <ul>
 *   <li>{@code fashion MASTER ROUNDS}: full-batch softmax gradient passes on fashion-mnist, stepplan's Spark objective
 *       interleaved with MLlib's multinomial LogisticRegression fits (same objective: l2 = regParam, no
 *       standardization) of 2, 6 and 10 iterations, ROUNDS times; MLlib's time per iteration is the slope of fit time
 *       over iterations; then the local objective on 1 and 2 threads;</li>
 *   <li>{@code synthetic MASTER ROWS FEATURES PASSES [METHODS]}: logistic regression on a data set generated on the
 *       executors, each method (default plan,lbfgs) for PASSES gradient evaluations, time per pass and peak heap;</li>
 * </ul>
 */
public final class SparkBenchmark {

    private SparkBenchmark() {
    }

    public static void main(String[] args) {
        SparkSession spark = SparkSessions.get(args[1]);
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        System.out.println("master " + args[1] + ", default parallelism " + context.defaultParallelism());
        switch (args[0]) {
            case "fashion" -> fashion(spark, context, Integer.parseInt(args[2]));
            case "synthetic" -> synthetic(context, Long.parseLong(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), (args.length > 5 ? args[5] : "plan,lbfgs").split(","));
            default -> throw new IllegalArgumentException("unknown benchmark " + args[0]);
        }
        spark.stop();
    }

    private static void fashion(SparkSession spark, JavaSparkContext context, int rounds) {
        System.out.println("load average at start: " + loadAverage());
        LearningProblem p = (LearningProblem) Problems.create("softmax", Map.of("dataset", "fashion-mnist"));
        org.stepplan.learn.data.Dataset train = p.split().train();
        JavaRDD<Block> data = SparkData.of(context, train, 0);
        SparkObjective objective = new SparkObjective(data, p.trainingExamples(), p.exampleLoss());
        double[] w = p.start();
        double[] g = new double[w.length];
        for (int k = 0; k < 3; k++) { // the first caches the RDD
            objective.valueAndGradient(w, g);
        }
        Dataset<Row> frame = mllibFrame(spark, context, train);
        new LogisticRegression().setFamily("multinomial").setMaxIter(2).fit(frame); // MLlib's first-use costs
        JobTimes jobs = new JobTimes();
        spark.sparkContext().addSparkListener(jobs);

        // rounds of: stepplan passes, an MLlib fit, ... with the fits' maxIter cycling, so that a change of load
        // falls on both; MLlib's time per iteration is the least-squares slope of fit time over iterations
        int[] maxIters = {2, 6, 10};
        int mllibIterations = 0;
        int passesPerFit = 2;
        long stepplanNanos = 0;
        int stepplanPasses = 0;
        List<double[]> fits = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (int maxIter : maxIters) {
                for (int k = 0; k < passesPerFit; k++) {
                    w[k % w.length] += 1e-3;
                    long t0 = System.nanoTime();
                    objective.valueAndGradient(w, g);
                    stepplanNanos += System.nanoTime() - t0;
                    stepplanPasses++;
                }
                LogisticRegression lr = new LogisticRegression().setFamily("multinomial").setMaxIter(maxIter)
                        .setTol(0).setRegParam(1e-4).setElasticNetParam(0).setStandardization(false)
                        .setFitIntercept(true);
                long t0 = System.nanoTime();
                LogisticRegressionModel model = lr.fit(frame);
                double seconds = (System.nanoTime() - t0) / 1e9;
                int done = model.summary().totalIterations();
                fits.add(new double[] {done, seconds});
                mllibIterations += done;
                System.out.printf("MLlib maxIter %d: %d iterations in %.2f s (load %s)%n", maxIter, done, seconds,
                        loadAverage());
            }
        }
        double stepplanMs = stepplanNanos / 1e6 / stepplanPasses;
        double[] line = leastSquares(fits);
        System.out.printf("stepplan SparkObjective: %.1f ms per full-batch value+gradient pass (%d passes between "
                + "the fits; n=%d, d=%d, %d partitions)%n", stepplanMs, stepplanPasses, p.trainingExamples(),
                w.length, data.getNumPartitions());
        System.out.printf("MLlib LogisticRegression: %.1f ms per iteration (slope of %d fits, intercept %.2f s "
                + "per fit)%n", line[1] * 1e3, fits.size(), line[0]);
        System.out.printf("ratio stepplan / MLlib per iteration (slope): %.2f%n", stepplanMs / (line[1] * 1e3));
        jobs.report(mllibIterations);

        for (int threads : new int[] {1, 2}) {
            Objective local = ((LearningProblem) Problems.create("softmax", Map.of("dataset", "fashion-mnist",
                    "threads", Integer.toString(threads)))).oracle(0).deterministicObjective();
            local.valueAndGradient(w, g);
            int localPasses = 4;
            long t0 = System.nanoTime();
            for (int k = 0; k < localPasses; k++) {
                local.valueAndGradient(w, g);
            }
            System.out.printf("stepplan local objective (%d thread%s): %.1f ms per pass (%d passes)%n", threads,
                    threads == 1 ? "" : "s", (System.nanoTime() - t0) / 1e6 / localPasses, localPasses);
        }
        System.out.println("load average at end: " + loadAverage());
    }

    /** The training set as MLlib's (label, features) frame, one partition per core of the master, cached. */
    private static Dataset<Row> mllibFrame(SparkSession spark, JavaSparkContext context,
                                           org.stepplan.learn.data.Dataset train) {
        StructType schema = new StructType().add("label", DataTypes.DoubleType).add("features", new VectorUDT());
        List<Row> rows = new ArrayList<>();
        int f = train.features();
        double[] x = train.rowMajorFeatures();
        for (int i = 0; i < train.examples(); i++) {
            double[] xi = new double[f];
            System.arraycopy(x, i * f, xi, 0, f);
            rows.add(RowFactory.create((double) train.label(i), Vectors.dense(xi)));
        }
        Dataset<Row> frame = spark.createDataFrame(rows, schema).repartition(context.defaultParallelism()).cache();
        frame.count();
        return frame;
    }

    /**
     * The duration of every Spark job (its start to its end, as the scheduler reports them), by the name of its last
     * stage, e.g. {@code treeAggregate at SparkObjective.java:NN} for a stepplan pass and
     * {@code treeAggregate at RDDLossFunction.scala:NN} for one of MLlib's loss-and-gradient passes.
     */
    private static final class JobTimes extends SparkListener {
        private final Map<Integer, Long> started = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<Integer, String> names = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, List<Long>> durations = new java.util.TreeMap<>();

        @Override
        public void onJobStart(SparkListenerJobStart start) {
            started.put(start.jobId(), start.time());
            names.put(start.jobId(), start.stageInfos().last().name());
        }

        @Override
        public synchronized void onJobEnd(SparkListenerJobEnd end) {
            Long t0 = started.remove(end.jobId());
            String name = names.remove(end.jobId());
            if (t0 != null) {
                durations.computeIfAbsent(name, k -> new ArrayList<>()).add(end.time() - t0);
            }
        }

        synchronized void report(int mllibIterations) {
            try {
                Thread.sleep(3000); // the listener bus delivers the last events asynchronously
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            double stepplan = Double.NaN;
            double mllib = Double.NaN;
            long mllibTotal = 0;
            for (Map.Entry<String, List<Long>> e : durations.entrySet()) {
                List<Long> ms = new ArrayList<>(e.getValue());
                ms.sort(null);
                long total = ms.stream().mapToLong(Long::longValue).sum();
                double median = ms.size() % 2 == 1 ? ms.get(ms.size() / 2)
                        : (ms.get(ms.size() / 2 - 1) + ms.get(ms.size() / 2)) / 2.0;
                System.out.printf("jobs '%s': %d, median %.0f ms, mean %.0f ms, min %d ms%n", e.getKey(), ms.size(),
                        median, (double) total / ms.size(), ms.get(0));
                if (e.getKey().contains("SparkObjective")) {
                    stepplan = median;
                } else if (e.getKey().contains("RDDLossFunction")) {
                    mllib = median;
                    mllibTotal = total;
                }
            }
            System.out.printf("per gradient pass (median job): stepplan %.0f ms, MLlib %.0f ms, ratio %.2f%n", stepplan,
                    mllib, stepplan / mllib);
            System.out.printf("MLlib loss-function job time per iteration: %.0f ms (%d iterations), ratio stepplan "
                    + "pass / that %.2f%n", (double) mllibTotal / mllibIterations, mllibIterations,
                    stepplan / ((double) mllibTotal / mllibIterations));
        }
    }

    /** (intercept, slope) of the least-squares line through the points (x, y). */
    private static double[] leastSquares(List<double[]> points) {
        double mx = 0;
        double my = 0;
        for (double[] q : points) {
            mx += q[0] / points.size();
            my += q[1] / points.size();
        }
        double sxy = 0;
        double sxx = 0;
        for (double[] q : points) {
            sxy += (q[0] - mx) * (q[1] - my);
            sxx += (q[0] - mx) * (q[0] - mx);
        }
        double slope = sxy / sxx;
        return new double[] {my - slope * mx, slope};
    }

    private static String loadAverage() {
        try {
            String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static void synthetic(JavaSparkContext context, long rows, int features, int passes, String[] methods) {
        System.out.println("load average at start: " + loadAverage());
        long t0 = System.nanoTime();
        JavaRDD<Block> data = SparkData.syntheticLogistic(context, rows, features, 0, 42);
        data.count(); // generates and caches the blocks (no lambda of this class: executors may not have it)
        long n = rows;
        System.out.printf("generated %d x %d on the executors in %.1f s%n", n, features,
                (System.nanoTime() - t0) / 1e9);
        ExampleLoss loss = ExampleLoss.logistic(features, 1e-4);
        for (String method : methods) {
            SparkObjective objective = new SparkObjective(data, n, loss);
            Oracle oracle = Oracle.of(objective);
            long start = System.nanoTime();
            LastValue monitor = new LastValue(objective);
            Result r = Minimizer.minimize(oracle, Methods.configure(method, Map.of()), new double[features + 1],
                    monitor, new StoppingRules(Long.MAX_VALUE, passes, Double.NaN, Double.NaN, true),
                    TraceMemory.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            long evaluations = oracle.gradientEvaluations() + oracle.functionEvaluations() + monitor.passes;
            System.out.printf("%s: %d iterations, %d gradient + %d value + %d monitor passes, %.2f s, "
                            + "%.0f ms per pass, final loss %.6f%n", method, r.iterations(), oracle.gradientEvaluations(),
                    oracle.functionEvaluations(), monitor.passes, seconds, seconds * 1e3 / evaluations,
                    objective.value(r.w()));
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("peak heap %.0f MB (driver and, in local mode, the executors' cached blocks), "
                + "heap after GC %.0f MB%n", peak / 1e6, (rt.totalMemory() - rt.freeMemory()) / 1e6);
        System.out.println("load average at end: " + loadAverage());
    }

    /** A monitor whose loss is the objective's value at w (one extra pass per row, counted). */
    private static final class LastValue implements Monitor {
        private final Objective objective;
        private long passes;

        LastValue(Objective objective) {
            this.objective = objective;
        }

        @Override
        public double loss(double[] w) {
            passes++;
            return objective.value(w);
        }

        @Override
        public boolean hasError() {
            return false;
        }

        @Override
        public double error(double[] w) {
            throw new UnsupportedOperationException();
        }
    }
}
