package org.stepplan.paper.figures;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.stepplan.paper.runs.Measured;
import org.stepplan.plot.Decimate;
import org.stepplan.plot.Look;
import org.stepplan.plot.Plot;
import org.stepplan.plot.Series;
import org.stepplan.planning.StepSizePlanning;
import org.stepplan.run.Result;
import org.stepplan.run.Status;
import org.stepplan.run.TraceRow;

/** Turns finished runs into plot series: error curves, step-size curves and update traces. */
final class Curves {

    /** At most this many points per curve are drawn (see {@link Decimate}). */
    static final int MAX_POINTS = 500;

    /** What the x axis counts. */
    enum Axis {
        ITERATIONS("iteration", "iterations k"),
        GRAD_EVALS("grad_evals", "gradient evaluations");

        final String name;
        final String label;

        Axis(String name, String label) {
            this.name = name;
            this.label = label;
        }

        double of(TraceRow row) {
            return this == ITERATIONS ? row.iteration() : row.gradEvals();
        }
    }

    private Curves() {
    }

    /** The run's label with how it ended when that is worth a note: zero error or divergence, at iteration k. */
    static String legend(Measured m) {
        return legend(m, Axis.ITERATIONS);
    }

    /**
     * The run's label with how it ended when that is worth a note, in the unit of {@code axis}: {@code (0 at k=18)}
     * on an iterations axis, {@code (0 after 460 evaluations)} on an evaluations axis; likewise for divergence.
     */
    static String legend(Measured m, Axis axis) {
        Result r = m.result();
        if (r.firstZeroError() != null) {
            Result.Mark zero = r.firstZeroError();
            return m.label() + (axis == Axis.ITERATIONS ? " (0 at k=" + zero.iterations() + ")"
                    : " (0 after " + zero.gradEvals() + " evaluations)");
        }
        if (r.status() == Status.DIVERGED) {
            return m.label() + (axis == Axis.ITERATIONS ? " (diverged at k=" + r.iterations() + ")"
                    : " (diverged after " + r.gradEvals() + " evaluations)");
        }
        return m.label();
    }

    /** ||w - w*|| against {@code axis}, rows with axis value at most {@code xMax}. */
    static Series error(Measured m, Axis axis, double xMax, Look look) {
        List<TraceRow> rows = m.trace();
        double[] x = new double[rows.size()];
        double[] y = new double[rows.size()];
        int n = 0;
        for (TraceRow row : rows) {
            if (axis.of(row) > xMax) {
                break;
            }
            x[n] = axis.of(row);
            y[n] = row.error();
            n++;
        }
        return Decimate.series(new Series(legend(m, axis), java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(y, n),
                look), MAX_POINTS);
    }

    /** Step size {@code component} (0-based) against iterations. */
    static Series stepSize(Measured m, int component, String name, Look look) {
        List<TraceRow> rows = m.trace();
        double[] x = new double[rows.size()];
        double[] y = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            x[i] = rows.get(i).iteration();
            y[i] = rows.get(i).stepSizes()[component];
        }
        return Decimate.series(new Series(name, x, y, look), MAX_POINTS);
    }

    /** The weights of every {@code every}-th row (and the last) as dots. */
    static Series dots(Measured m, int every, String name, Color color) {
        List<double[]> path = m.path();
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < path.size(); i += every) {
            kept.add(path.get(i));
        }
        if ((path.size() - 1) % every != 0) {
            kept.add(path.get(path.size() - 1));
        }
        return points(name, kept, Look.dots(color));
    }

    /**
     * The planning jumps of a run as line segments: from the weight before each planning iteration to the weight
     * after it (the iteration's online step plus the plan).
     */
    static Series planningJumps(Measured m, String name, Color color) {
        List<double[]> pts = new ArrayList<>();
        List<TraceRow> rows = m.trace();
        for (int i = 1; i < rows.size(); i++) {
            if (StepSizePlanning.PLAN_EVENT.equals(rows.get(i).event())) {
                pts.add(m.path().get(i - 1));
                pts.add(m.path().get(i));
                pts.add(new double[] {Double.NaN, Double.NaN});
            }
        }
        return points(name, pts, Look.line(color));
    }

    /**
     * A frame whose y range spans the {@code q} to {@code 1 - q} quantiles of every series' values, padded by 10%,
     * so that a few extreme spikes do not flatten the rest; x fits the data.
     */
    static Plot.Frame robustY(List<Series> series, double q) {
        List<Double> ys = new ArrayList<>();
        for (Series s : series) {
            for (int i = 0; i < s.size(); i++) {
                if (Double.isFinite(s.y(i))) {
                    ys.add(s.y(i));
                }
            }
        }
        ys.sort(null);
        double lo = ys.get((int) Math.floor(q * (ys.size() - 1)));
        double hi = ys.get((int) Math.ceil((1 - q) * (ys.size() - 1)));
        double pad = 0.1 * (hi - lo);
        return new Plot.Frame(Double.NaN, Double.NaN, lo - pad, hi + pad);
    }

    /** A single marked point. */
    static Series point(String name, double x, double y, Color color) {
        return new Series(name, new double[] {x}, new double[] {y}, Look.dots(color));
    }

    private static Series points(String name, List<double[]> pts, Look look) {
        double[] x = new double[pts.size()];
        double[] y = new double[pts.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = pts.get(i)[0];
            y[i] = pts.get(i)[1];
        }
        return new Series(name, x, y, look);
    }
}
