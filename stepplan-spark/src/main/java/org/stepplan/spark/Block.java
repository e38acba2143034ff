package org.stepplan.spark;

import java.io.Serializable;

/**
 * A contiguous run of training examples as the executors hold them: examples {@code first .. first+rows-1} of the
 * data set, their features row-major ({@code features} per example) and their labels.
 *
 * @param first    the global index of the first example
 * @param features features per example
 * @param x        row-major features, {@code labels.length * features} values
 * @param labels   the labels, one per example
 */
public record Block(long first, int features, double[] x, int[] labels) implements Serializable {

    /** The number of examples. */
    public int rows() {
        return labels.length;
    }

    /** The examples whose global index i has {@code bucket(i) == wanted}, in order (a block of their own). */
    Block select(java.util.function.LongToIntFunction bucket, int wanted) {
        int count = 0;
        for (int r = 0; r < labels.length; r++) {
            if (bucket.applyAsInt(first + r) == wanted) {
                count++;
            }
        }
        double[] sx = new double[count * features];
        int[] sy = new int[count];
        int k = 0;
        for (int r = 0; r < labels.length; r++) {
            if (bucket.applyAsInt(first + r) == wanted) {
                System.arraycopy(x, r * features, sx, k * features, features);
                sy[k++] = labels[r];
            }
        }
        return new Block(first, features, sx, sy);
    }
}
