package org.stepplan.paper.figures;

import static org.stepplan.paper.runs.Metrics.fmt;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.stepplan.paper.runs.Measured;
import org.stepplan.paper.runs.PaperMethod;
import org.stepplan.paper.runs.PaperRuns;
import org.stepplan.paper.runs.RunRequest;
import org.stepplan.paper.runs.Runs;
import org.stepplan.plot.Look;
import org.stepplan.plot.Palette;
import org.stepplan.plot.Plot;
import org.stepplan.plot.Series;
import org.stepplan.run.TraceRow;

/** Figure 9: heavy ball, RMSprop and Adam over the paper's Section 4 grids against GD, Csawg and Csaug. */
final class ComparisonFigure {

    /** Figure 9's x axis: gradient evaluations up to the runs' iterations. */
    static final long EVALS = PaperRuns.ITERATIONS;

    private ComparisonFigure() {
    }

    /** Every run of Figure 9, in drawing order. */
    static List<RunRequest> runs() {
        List<RunRequest> runs = new ArrayList<>();
        runs.add(PaperRuns.gd(0.001));
        runs.add(PaperRuns.csawg(0.001, 2));
        runs.add(PaperRuns.csaug(2));
        runs.add(PaperRuns.csaug(10));
        runs.addAll(PaperRuns.heavyBallGrid());
        runs.addAll(PaperRuns.rmspropGrid());
        runs.addAll(PaperRuns.adamGrid());
        return runs;
    }

    static Figure figure9() {
        List<RunRequest> runs = runs();
        return new Figure("9", "Rosenbrock: momentum and gradient normalization against planning",
                "Heavy ball (a=0.0015, p∈{0.8,0.9}), RMSprop (lr∈{0.0005,0.001,0.0015,0.01} × α∈{0.8,0.9,0.99}) "
                        + "and Adam (lr∈{0.005,0.01} × β1∈{0.9,0.99,0.999} × β2∈{0.99,0.999,0.9999}) with "
                        + "GD γ=0.001, Csawg K2 and Csaug K2/K10; error against gradient evaluations (up to "
                        + fmt(EVALS) + "). Unlike the paper's figure, the x axis is logarithmic, so that Csaug, done "
                        + "after a few hundred evaluations, shows; and of each grid only the best setting (lowest "
                        + "error at " + fmt(EVALS) + " evaluations, or the earliest to reach it) is drawn in colour "
                        + "and named in the legend, the other settings are the faint lines of the same colour (all of "
                        + "them are in the CSV). Colours: GD blue, Csawg vermillion, Csaug purple (K10 dashed), heavy "
                        + "ball sky blue, RMSprop orange, Adam black.",
                runs, done -> {
                    Set<RunRequest> best = Set.of(best(PaperRuns.heavyBallGrid(), done),
                            best(PaperRuns.rmspropGrid(), done), best(PaperRuns.adamGrid(), done));
                    List<Series> series = new ArrayList<>();
                    for (RunRequest r : runs) {
                        series.add(Curves.error(done.get(r), Curves.Axis.GRAD_EVALS, EVALS, look(r, best)));
                    }
                    return List.of(new Figure.Panel("fig9", Plot.of(
                            "Figure 9: Rosenbrock, best setting of each grid (the rest faint)", "grad_evals",
                            "gradient evaluations", "error", "error ||w - w*||", true, series)
                            .within(new Plot.Frame(1, EVALS, Double.NaN, Double.NaN)).withLogX()
                            .legendAt(Plot.Legend.LOWER_LEFT)));
                });
    }

    /**
     * The setting of {@code grid} with the lowest error at the end of Figure 9's axis (its last row within
     * {@link #EVALS} evaluations), the one that got there with fewer evaluations on a tie (two Adam settings reach
     * exactly 0); a non-finite error ranks last.
     */
    static RunRequest best(List<RunRequest> grid, Runs done) {
        Comparator<TraceRow> byError = Comparator.comparingDouble(TraceRow::error);
        return grid.stream().min(Comparator.comparing((RunRequest r) -> lastWithin(done.get(r)), byError
                .thenComparingLong(TraceRow::gradEvals))).orElseThrow();
    }

    private static TraceRow lastWithin(Measured m) {
        TraceRow last = m.trace().get(0);
        for (TraceRow row : m.trace()) {
            if (row.gradEvals() > EVALS) {
                break;
            }
            last = row;
        }
        return last;
    }

    private static Look look(RunRequest r, Set<RunRequest> best) {
        PaperMethod method = r.method();
        if (method instanceof PaperMethod.Gd) {
            return Look.line(Palette.GD).width(2f);
        } else if (method instanceof PaperMethod.Csawg) {
            return Look.line(Palette.CSAWG).width(2f);
        } else if (method instanceof PaperMethod.Csaug m) {
            return m.horizon() == 2 ? Look.line(Palette.CSAUG).width(2.5f) : Look.dashed(Palette.CSAUG).width(2f);
        } else if (method instanceof PaperMethod.HeavyBall) {
            return grid(r, best, Palette.HEAVY_BALL);
        } else if (method instanceof PaperMethod.Rmsprop) {
            return grid(r, best, Palette.RMSPROP);
        } else if (method instanceof PaperMethod.Adam) {
            return grid(r, best, Palette.ADAM);
        }
        throw new IllegalArgumentException("figure 9 has no colour for " + method);
    }

    private static Look grid(RunRequest r, Set<RunRequest> best, Color family) {
        return best.contains(r) ? Look.line(family).width(2f) : Look.faint(family);
    }
}
