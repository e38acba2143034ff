package org.stepplan.plot;

import java.util.Arrays;

/**
 * Thins a long curve for drawing without hiding its spikes: the points are cut into equal buckets by index and each
 * bucket keeps its lowest and highest point, in their original order, plus the first and last point overall. A curve
 * of n points becomes at most about {@code maxPoints}, and every local extreme that spans a bucket survives.
 */
public final class Decimate {

    private Decimate() {
    }

    /** The indices to keep of a curve with ordinates {@code y}, ascending. */
    public static int[] minMax(double[] y, int maxPoints) {
        int n = y.length;
        if (maxPoints < 4) {
            throw new IllegalArgumentException("maxPoints must be >= 4, got " + maxPoints);
        }
        if (n <= maxPoints) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int buckets = (maxPoints - 2) / 2;
        int[] keep = new int[2 * buckets + 2];
        int count = 0;
        keep[count++] = 0;
        for (int b = 0; b < buckets; b++) {
            int from = Math.max(1, (int) ((long) b * n / buckets));
            int to = Math.min(n - 1, (int) ((long) (b + 1) * n / buckets));
            if (from >= to) {
                continue;
            }
            int lo = from;
            int hi = from;
            for (int i = from + 1; i < to; i++) {
                if (y[i] < y[lo]) {
                    lo = i;
                }
                if (y[i] > y[hi]) {
                    hi = i;
                }
            }
            keep[count++] = Math.min(lo, hi);
            if (lo != hi) {
                keep[count++] = Math.max(lo, hi);
            }
        }
        keep[count++] = n - 1;
        return Arrays.copyOf(keep, count);
    }

    /** The series thinned to at most about {@code maxPoints} points (unchanged when already small enough). */
    public static Series series(Series s, int maxPoints) {
        if (s.size() <= maxPoints) {
            return s;
        }
        double[] x = s.x();
        double[] y = s.y();
        int[] keep = minMax(y, maxPoints);
        double[] kx = new double[keep.length];
        double[] ky = new double[keep.length];
        for (int i = 0; i < keep.length; i++) {
            kx[i] = x[keep[i]];
            ky[i] = y[keep[i]];
        }
        return new Series(s.name(), kx, ky, s.look());
    }
}
