package org.stepplan.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Contour lines of a function of two variables by marching squares on a regular grid: one series per level, its
 * segments separated by NaN points (a break in the line).
 */
public final class Contours {

    private Contours() {
    }

    /**
     * The contour lines of {@code f} at {@code levels} over the rectangle [xMin, xMax] x [yMin, yMax] sampled on an
     * {@code n} x {@code n} grid.
     */
    public static List<Series> of(ToDoubleFunction<double[]> f, Plot.Frame frame, int n, double[] levels) {
        double[][] v = new double[n + 1][n + 1];
        double[] xs = new double[n + 1];
        double[] ys = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            xs[i] = frame.xMin() + (frame.xMax() - frame.xMin()) * i / n;
            ys[i] = frame.yMin() + (frame.yMax() - frame.yMin()) * i / n;
        }
        double[] w = new double[2];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= n; j++) {
                w[0] = xs[i];
                w[1] = ys[j];
                v[i][j] = f.applyAsDouble(w);
            }
        }
        List<Series> out = new ArrayList<>();
        for (double level : levels) {
            List<Double> px = new ArrayList<>();
            List<Double> py = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    cell(xs, ys, v, i, j, level, px, py);
                }
            }
            if (!px.isEmpty()) {
                out.add(new Series("f = " + format(level), unbox(px), unbox(py), Look.background(Palette.CONTOUR)));
            }
        }
        return out;
    }

    /** {@code count} levels spaced evenly in log scale from {@code lo} to {@code hi}. */
    public static double[] logLevels(double lo, double hi, int count) {
        double[] levels = new double[count];
        for (int i = 0; i < count; i++) {
            levels[i] = Math.exp(Math.log(lo) + (Math.log(hi) - Math.log(lo)) * i / (count - 1));
        }
        return levels;
    }

    private static void cell(double[] xs, double[] ys, double[][] v, int i, int j, double level, List<Double> px,
                             List<Double> py) {
        // corners counter-clockwise: (i,j) (i+1,j) (i+1,j+1) (i,j+1); edge e joins corner e and corner e+1
        double[] cx = {xs[i], xs[i + 1], xs[i + 1], xs[i]};
        double[] cy = {ys[j], ys[j], ys[j + 1], ys[j + 1]};
        double[] cv = {v[i][j], v[i + 1][j], v[i + 1][j + 1], v[i][j + 1]};
        double[] hx = new double[4];
        double[] hy = new double[4];
        int hits = 0;
        for (int e = 0; e < 4; e++) {
            double a = cv[e] - level;
            double b = cv[(e + 1) % 4] - level;
            if ((a < 0) != (b < 0)) {
                double t = a / (a - b);
                hx[hits] = cx[e] + t * (cx[(e + 1) % 4] - cx[e]);
                hy[hits] = cy[e] + t * (cy[(e + 1) % 4] - cy[e]);
                hits++;
            }
        }
        for (int s = 0; s + 1 < hits; s += 2) {
            px.add(hx[s]);
            py.add(hy[s]);
            px.add(hx[s + 1]);
            py.add(hy[s + 1]);
            px.add(Double.NaN);
            py.add(Double.NaN);
        }
    }

    private static double[] unbox(List<Double> values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    private static String format(double v) {
        return String.format(java.util.Locale.ROOT, "%.3g", v);
    }
}
