package org.stepplan.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stepplan.core.Oracle;
import org.stepplan.learn.LearningProblem;
import org.stepplan.learn.data.DataSource;
import org.stepplan.learn.data.Dataset;
import org.stepplan.methods.Methods;
import org.stepplan.optim.Optimizer;
import org.stepplan.problems.Problems;

/**
 * Time per training epoch on fashion-mnist (784 features, 10 classes, l2 1e-4 on the weights), minibatches of 128,
 * Adam with lr 0.001, one thread: through stepplan (the {@code softmax} problem, or {@code mlp hidden=128
 * activation=relu}, with the {@code adam} optimizer) and, in the same run, a hand-written loop of the softmax
 * computation on flat arrays (per example: logits, softmax, the outer-product gradient; then l2 and the Adam update).
 * The DeepLearning4J peer ({@code Dl4jEpochBenchmark}, Maven profile {@code dl4j}) trains the same models on the same
 * examples. Needs {@code ./stepplan data install fashion-mnist}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class EpochBenchmark {

    static final int BATCH = 128;
    static final int C = 10;
    static final double L2 = 1e-4;
    static final double LR = 0.001;
    static final double B1 = 0.9;
    static final double B2 = 0.999;
    static final double EPS = 1e-8;

    /** Problem settings shared with the DeepLearning4J peer ({@code -Pdl4j}), so both train on the same data. */
    static final String DATASET = "fashion-mnist";
    static final double TEST_FRACTION = 0.2;
    static final int SPLIT_SEED = 1;
    static final int HIDDEN = 128;

    /** Fisher-Yates shuffle of {@code order} in place, drawing from {@code rng}. */
    static void shuffle(int[] order, SplittableRandom rng) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
    }

    /** The training examples of stepplan's {@code softmax} and {@code mlp} problems at the settings above. */
    static Dataset trainingSet() {
        return DataSource.load(DATASET, TEST_FRACTION, SPLIT_SEED, "last").train();
    }

    /** The stepplan problem {@code softmax} or {@code mlp hidden=128 activation=relu}, batch 128, with Adam. */
    @State(Scope.Thread)
    public static class StepplanRun {
        @Param({"softmax", "mlp"})
        public String problem;

        private Oracle oracle;
        private Optimizer adam;
        private double[] w;
        private int stepsPerEpoch;

        @Setup
        public void setUp() {
            Map<String, String> params = new HashMap<>(Map.of("dataset", DATASET, "batch", Integer.toString(BATCH),
                    "test_fraction", Double.toString(TEST_FRACTION), "split_seed", Integer.toString(SPLIT_SEED),
                    "l2", Double.toString(L2)));
            if (problem.equals("mlp")) {
                params.put("hidden", Integer.toString(HIDDEN));
                params.put("activation", "relu");
            }
            LearningProblem p = (LearningProblem) Problems.create(problem, params);
            oracle = p.oracle(1);
            adam = Methods.configure("adam", Map.of("lr", Double.toString(LR))).create(p.dimension());
            w = p.start();
            stepsPerEpoch = (p.trainingExamples() + BATCH - 1) / BATCH;
        }
    }

    private Dataset train;
    private int d;
    private double[] hw;
    private double[] g;
    private double[] m;
    private double[] v;
    private double[] z;
    private int[] order;
    private long t;
    private SplittableRandom rng;

    @Setup
    public void setUp() {
        train = trainingSet();
        d = train.features();
        int dim = C * (d + 1);
        hw = new double[dim];
        g = new double[dim];
        m = new double[dim];
        v = new double[dim];
        z = new double[C];
        order = new int[train.examples()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        rng = new SplittableRandom(1);
    }

    /** One epoch through stepplan: Adam steps on the problem's minibatch oracle, as {@code stepplan run} drives them. */
    @Benchmark
    public double[] stepplan(StepplanRun run) {
        for (int k = 0; k < run.stepsPerEpoch; k++) {
            run.adam.step(run.w, run.oracle);
        }
        return run.w;
    }

    /** One epoch of the same computation written out by hand. */
    @Benchmark
    public double[] handLoop() {
        shuffle(order, rng);
        double[] x = train.rowMajorFeatures();
        for (int from = 0; from < order.length; from += BATCH) {
            int count = Math.min(BATCH, order.length - from);
            java.util.Arrays.fill(g, 0.0);
            for (int k = from; k < from + count; k++) {
                int i = order[k];
                int off = i * d;
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < C; c++) {
                    double s = hw[C * d + c];
                    for (int j = 0; j < d; j++) {
                        s += hw[c * d + j] * x[off + j];
                    }
                    z[c] = s;
                    max = Math.max(max, s);
                }
                double sum = 0.0;
                for (int c = 0; c < C; c++) {
                    z[c] = Math.exp(z[c] - max);
                    sum += z[c];
                }
                for (int c = 0; c < C; c++) {
                    double r = z[c] / sum - (train.label(i) == c ? 1.0 : 0.0);
                    for (int j = 0; j < d; j++) {
                        g[c * d + j] += r * x[off + j];
                    }
                    g[C * d + c] += r;
                }
            }
            t++;
            double c1 = 1 - Math.pow(B1, t);
            double c2 = 1 - Math.pow(B2, t);
            for (int q = 0; q < g.length; q++) {
                double gq = g[q] / count + (q < C * d ? L2 * hw[q] : 0.0);
                m[q] = B1 * m[q] + (1 - B1) * gq;
                v[q] = B2 * v[q] + (1 - B2) * gq * gq;
                hw[q] -= LR * (m[q] / c1) / (Math.sqrt(v[q] / c2) + EPS);
            }
        }
        return hw;
    }
}
