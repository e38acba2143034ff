package org.stepplan.learn.data;

import java.util.Arrays;
import java.util.BitSet;
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
        int n = data.examples();
        BitSet[] testRanks = testRanks(data.classCounts(), fraction, seed);
        boolean[] test = new boolean[n];
        int[] rank = new int[data.classes()];
        for (int i = 0; i < n; i++) {
            int c = data.label(i);
            test[i] = testRanks[c].get(rank[c]++);
        }
        return new Split(data.subset(data.name(), indices(test, false)),
                data.subset(data.name() + " (test)", indices(test, true)));
    }

    /**
     * Which examples of each class go to the test set, by their rank r in the class (the class's r-th example in file
     * order): bit r of element c. So an engine that holds the examples elsewhere needs only the class counts.
     *
     * @param counts the examples per class, in label order
     * @throws IllegalArgumentException for a fraction outside [0, 1) or a split that leaves the training set empty
     */
    public static BitSet[] testRanks(int[] counts, double fraction, long seed) {
        if (!(fraction >= 0.0 && fraction < 1.0)) {
            throw new IllegalArgumentException("test_fraction must be in [0, 1), got " + fraction);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        BitSet[] test = new BitSet[counts.length];
        long train = 0;
        for (int c = 0; c < counts.length; c++) {
            int[] members = new int[counts[c]];
            for (int r = 0; r < members.length; r++) {
                members[r] = r;
            }
            for (int i = members.length - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = members[i];
                members[i] = members[j];
                members[j] = t;
            }
            long take = Math.round(fraction * members.length);
            test[c] = new BitSet(members.length);
            for (int k = 0; k < take; k++) {
                test[c].set(members[k]);
            }
            train += members.length - take;
        }
        if (train == 0) {
            throw new IllegalArgumentException("test_fraction " + fraction + " leaves no training example");
        }
        return test;
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
