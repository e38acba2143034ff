package org.stepplan.paper.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stepplan.planning.StepSizePlanning;
import org.stepplan.run.Result;
import org.stepplan.run.Status;
import org.stepplan.run.TraceRow;

/** Measurements on a finished run's trace that the claims use. */
public final class Metrics {

    private Metrics() {
    }

    /** The first row whose error is at most {@code e}, or null. */
    public static TraceRow firstAtOrBelow(Result r, double e) {
        for (TraceRow row : r.trace()) {
            if (row.error() <= e) {
                return row;
            }
        }
        return null;
    }

    /** Gradient evaluations until the error is at most {@code e}, or +infinity when it never is. */
    public static double evalsTo(Result r, double e) {
        TraceRow row = firstAtOrBelow(r, e);
        return row == null ? Double.POSITIVE_INFINITY : row.gradEvals();
    }

    /** Iterations until the error is at most {@code e}, or +infinity when it never is. */
    public static double iterationsTo(Result r, double e) {
        TraceRow row = firstAtOrBelow(r, e);
        return row == null ? Double.POSITIVE_INFINITY : row.iteration();
    }

    /** The error of the last row within {@code evals} gradient evaluations. */
    public static double errorAt(Result r, long evals) {
        TraceRow row = r.lastRowWithin(evals);
        return row == null ? Double.NaN : row.error();
    }

    /**
     * The per-iteration contraction of the error between the first rows at or below {@code from} and {@code to}:
     * (e_to / e_from)^(1 / (k_to - k_from)); NaN when either is never reached.
     */
    public static double rate(Result r, double from, double to) {
        TraceRow a = firstAtOrBelow(r, from);
        TraceRow b = firstAtOrBelow(r, to);
        if (a == null || b == null || b.iteration() == a.iteration()) {
            return Double.NaN;
        }
        return Math.pow(b.error() / a.error(), 1.0 / (b.iteration() - a.iteration()));
    }

    /**
     * The share of iterations, after the error first reached {@code level}, in which the error went up: the
     * oscillation measure. 0 when the error never went up; NaN when it never reached {@code level}.
     */
    public static double riseShare(Result r, double level) {
        List<TraceRow> t = r.trace();
        int start = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).error() <= level) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return Double.NaN;
        }
        int rises = 0;
        int steps = 0;
        for (int i = start + 1; i < t.size(); i++) {
            steps++;
            if (t.get(i).error() > t.get(i - 1).error()) {
                rises++;
            }
        }
        return steps == 0 ? 0 : (double) rises / steps;
    }

    /** The largest value of step size {@code component} over the run. */
    public static double peak(Result r, int component) {
        double p = Double.NEGATIVE_INFINITY;
        for (TraceRow row : r.trace()) {
            p = Math.max(p, row.stepSizes()[component]);
        }
        return p;
    }

    /** The indices (into the trace) of the planning iterations. */
    public static List<Integer> plans(Result r) {
        List<Integer> plans = new ArrayList<>();
        List<TraceRow> t = r.trace();
        for (int i = 0; i < t.size(); i++) {
            if (StepSizePlanning.PLAN_EVENT.equals(t.get(i).event())) {
                plans.add(i);
            }
        }
        return plans;
    }

    /** The iteration at which the run diverged, or -1. */
    public static long divergedAt(Result r) {
        return r.status() == Status.DIVERGED ? r.iterations() : -1;
    }

    /** A number for the report: integers plainly, others with 4 significant digits. */
    public static String fmt(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "never" : "-∞";
        }
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e6)) {
            return String.format(Locale.ROOT, "%.3e", v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }

    /** Named values in the given order: name, value, name, value, ... */
    public static java.util.Map<String, Double> values(Object... nameValue) {
        java.util.Map<String, Double> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            m.put((String) nameValue[i], ((Number) nameValue[i + 1]).doubleValue());
        }
        return m;
    }

    /** A percentage with one decimal. */
    public static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }
}
