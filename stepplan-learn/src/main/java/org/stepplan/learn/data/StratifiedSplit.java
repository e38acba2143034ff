package org.stepplan.learn.data;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A seeded stratified train/test split: for each class in label order, its examples (in file order) are shuffled by
 * Fisher-Yates with one {@code SplittableRandom(seed)} shared across classes, and the first
 * {@code round(fraction * count)} go to the test set. Both sets keep file order. Fraction 0 trains on every example.
 */
public final class StratifiedSplit {

    private StratifiedSplit() {
    }

    /**
     * @param fraction the test fraction, in [0, 1)
     * @throws IllegalArgumentException for a fraction outside [0, 1) or a split that leaves the training set empty
     */
    public static Split of(Dataset data, double fraction, long seed) {
        if (!(fraction >= 0.0 && fraction < 1.0)) {
            throw new IllegalArgumentException("test_fraction must be in [0, 1), got " + fraction);
        }
        int n = data.examples();
        boolean[] test = new boolean[n];
        SplittableRandom rng = new SplittableRandom(seed);
        int[] counts = data.classCounts();
        for (int c = 0; c < counts.length; c++) {
            int[] members = new int[counts[c]];
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (data.label(i) == c) {
                    members[m++] = i;
                }
            }
            for (int i = members.length - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = members[i];
                members[i] = members[j];
                members[j] = t;
            }
            long take = Math.round(fraction * members.length);
            for (int k = 0; k < take; k++) {
                test[members[k]] = true;
            }
        }
        int[] trainIdx = indices(test, false);
        int[] testIdx = indices(test, true);
        if (trainIdx.length == 0) {
            throw new IllegalArgumentException("test_fraction " + fraction + " leaves no training example");
        }
        return new Split(data.subset(data.name(), trainIdx), data.subset(data.name() + " (test)", testIdx));
    }

    private static int[] indices(boolean[] test, boolean want) {
        int[] out = new int[test.length];
        int k = 0;
        for (int i = 0; i < test.length; i++) {
            if (test[i] == want) {
                out[k++] = i;
            }
        }
        return Arrays.copyOf(out, k);
    }
}
