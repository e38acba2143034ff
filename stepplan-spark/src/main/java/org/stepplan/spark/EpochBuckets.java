package org.stepplan.spark;

import java.io.Serializable;
import java.util.function.LongToIntFunction;

/**
 * The minibatches of one epoch, drawn where the examples are: with the epoch's seed s and {@code m = ceil(n / N)}
 * minibatches of nominal size N, example i (global index) falls in minibatch
 *
 * <pre>
 *     b(i) = floor(m * u(s, i)),   u(s, i) = (mix64(s + (i + 1) * 0x9E3779B97F4A7C15) &gt;&gt;&gt; 11) * 2^-53
 * </pre>
 * with mix64 the SplitMix64 finalizer. Every executor computes b(i) from s and i alone, so the union of its
 * partition-wise samples is the same sequence of minibatches for any number of partitions; each epoch visits every
 * example exactly once (sampling without replacement), in minibatches of binomial size with mean n / m.
 *
 * @param seed    the epoch's seed s
 * @param batches the number of minibatches m
 */
record EpochBuckets(long seed, int batches) implements LongToIntFunction, Serializable {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    @Override
    public int applyAsInt(long index) {
        long z = seed + (index + 1) * GOLDEN;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (int) (((z >>> 11) * 0x1.0p-53) * batches);
    }
}
