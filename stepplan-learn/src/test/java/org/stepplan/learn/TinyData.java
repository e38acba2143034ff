package org.stepplan.learn;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.stepplan.learn.data.Dataset;

/** Small seeded synthetic data sets for tests that must not depend on installed data. */
final class TinyData {

    private TinyData() {
    }

    /** n examples of d N(0,1) features, labels cycling 0..classes-1. */
    static Dataset gaussian(int n, int d, int classes, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[n * d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % classes;
            for (int j = 0; j < d; j++) {
                x[i * d + j] = rng.nextGaussian() + 0.5 * y[i];
            }
        }
        return new Dataset("tiny", x, y, d, IntStream.range(0, classes).mapToObj(Integer::toString).toList());
    }

    /** A seeded point with N(0, scale^2) components. */
    static double[] point(int d, double scale, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] w = new double[d];
        for (int k = 0; k < d; k++) {
            w[k] = scale * rng.nextGaussian();
        }
        return w;
    }
}
