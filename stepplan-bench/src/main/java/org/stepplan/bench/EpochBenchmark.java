package org.stepplan.bench;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stepplan.core.Oracle;
import org.stepplan.learn.data.DataSource;
import org.stepplan.learn.data.Dataset;
import org.stepplan.optim.Methods;
import org.stepplan.optim.Optimizer;
import org.stepplan.problems.Problem;
import org.stepplan.problems.Problems;

/**
 * Time per training epoch: softmax regression on fashion-mnist (60,000 x 784, 10 classes, l2 1e-4), minibatches of
 * 128 (469 steps), Adam with lr 0.001, one thread; through stepplan (the {@code softmax} problem's oracle and the
 * {@code adam} optimizer) and, in the same run, a hand-written loop of the same computation on flat arrays (per
 * example: logits, softmax, the outer-product gradient; then l2 and the Adam update). Needs
 * {@code ./stepplan data install fashion-mnist}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class EpochBenchmark {

    private static final int BATCH = 128;
    private static final int C = 10;
    private static final double L2 = 1e-4;
    private static final double LR = 0.001;
    private static final double B1 = 0.9;
    private static final double B2 = 0.999;
    private static final double EPS = 1e-8;

    private Oracle oracle;
    private Optimizer adam;
    private double[] w;
    private int stepsPerEpoch;

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
        Problem p = Problems.create("softmax", Map.of("dataset", "fashion-mnist", "batch", Integer.toString(BATCH)));
        oracle = p.oracle(1);
        adam = Methods.configure("adam", Map.of("lr", Double.toString(LR))).create(p.dimension());
        w = p.start();
        train = DataSource.load("fashion-mnist", 0.2, 1, "last").train();
        stepsPerEpoch = (train.examples() + BATCH - 1) / BATCH;
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

    /** One epoch through stepplan: 469 Adam steps on the softmax problem's minibatch oracle. */
    @Benchmark
    public double[] stepplan() {
        for (int k = 0; k < stepsPerEpoch; k++) {
            adam.step(w, oracle);
        }
        return w;
    }

    /** One epoch of the same computation written out by hand. */
    @Benchmark
    public double[] handLoop() {
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
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
