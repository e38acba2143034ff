package org.stepplan.learn;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.stepplan.core.ExampleBatch;
import org.stepplan.core.Objective;
import org.stepplan.learn.data.Dataset;

/**
 * The deterministic full-batch objective {@code f(w; all training examples)} of {@link DataLoss} ({@code batch=all},
 * the paper's setting); every gradient evaluation counts n examples.
 *
 * <p>Below {@link #CHUNKED_FROM} examples the sums run over the examples in order on the caller's thread, allocating
 * nothing. From {@link #CHUNKED_FROM} examples on (fashion-mnist) they are split into fixed chunks of {@link #CHUNK}
 * consecutive examples; each chunk's cross-entropy sum and gradient sum are computed on their own, on up to
 * {@code threads} threads, and then added in chunk order. The chunks and the order of every addition do not depend on
 * the thread count, so neither does the result, bit for bit.
 */
final class FullBatchLoss implements Objective, ExampleBatch {

    /** The examples per chunk of a chunked evaluation. */
    static final int CHUNK = 4096;
    /** The number of examples from which evaluations are chunked. */
    static final int CHUNKED_FROM = 2 * CHUNK;

    private static final Map<Integer, ForkJoinPool> POOLS = new ConcurrentHashMap<>();

    private final DataLoss loss;
    private final int[] all;
    private final int threads;
    private final DataLoss[] chunkLosses;
    private final double[][] chunkGradients;
    private final double[] chunkSums;

    /** A single-threaded full-batch objective. */
    FullBatchLoss(Model model, Dataset data, double l2) {
        this(model, data, l2, 1);
    }

    /** @param threads threads a chunked evaluation may use (&gt;= 1) */
    FullBatchLoss(Model model, Dataset data, double l2, int threads) {
        this.loss = new DataLoss(model, data, l2);
        this.all = new int[data.examples()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        this.threads = threads;
        int chunks = all.length >= CHUNKED_FROM ? (all.length + CHUNK - 1) / CHUNK : 0;
        this.chunkLosses = new DataLoss[chunks];
        this.chunkGradients = new double[chunks][];
        this.chunkSums = new double[chunks];
        for (int c = 0; c < chunks; c++) {
            chunkLosses[c] = new DataLoss(model.copy(), data, l2);
        }
    }

    @Override
    public int dimension() {
        return loss.dimension();
    }

    @Override
    public double value(double[] w) {
        return evaluate(w, null);
    }

    @Override
    public double valueAndGradient(double[] w, double[] gradient) {
        return evaluate(w, gradient);
    }

    private double evaluate(double[] w, double[] gradient) {
        if (chunkLosses.length == 0) {
            return loss.evaluate(w, all, 0, all.length, gradient);
        }
        if (gradient != null && chunkGradients[0] == null) {
            for (int c = 0; c < chunkGradients.length; c++) {
                chunkGradients[c] = new double[gradient.length];
            }
        }
        if (threads == 1) {
            for (int c = 0; c < chunkLosses.length; c++) {
                chunk(c, w, gradient != null);
            }
        } else {
            POOLS.computeIfAbsent(threads, ForkJoinPool::new).submit(() -> IntStream.range(0, chunkLosses.length)
                    .parallel().forEach(c -> chunk(c, w, gradient != null))).join();
        }
        double sum = 0.0;
        double compensation = 0.0;
        if (gradient != null) {
            Arrays.fill(gradient, 0.0);
        }
        for (int c = 0; c < chunkLosses.length; c++) {
            double v = chunkSums[c];
            double t = sum + v;
            compensation += DataLoss.roundingError(sum, v, t);
            sum = t;
            if (gradient != null) {
                double[] g = chunkGradients[c];
                for (int k = 0; k < gradient.length; k++) {
                    gradient[k] += g[k];
                }
            }
        }
        return loss.finish(w, sum + compensation, all.length, gradient);
    }

    private void chunk(int c, double[] w, boolean withGradient) {
        int from = c * CHUNK;
        chunkSums[c] = chunkLosses[c].crossEntropySum(w, all, from, Math.min(CHUNK, all.length - from),
                withGradient ? chunkGradients[c] : null);
    }

    @Override
    public int batchSize() {
        return all.length;
    }

    /** The fraction of the data set's examples classified correctly at {@code w} (NaN for an empty set). */
    double accuracy(double[] w) {
        return all.length == 0 ? Double.NaN : loss.accuracy(w, all);
    }
}
