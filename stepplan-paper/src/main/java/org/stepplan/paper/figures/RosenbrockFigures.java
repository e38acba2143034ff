package org.stepplan.paper.figures;

import static org.stepplan.paper.runs.Metrics.fmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stepplan.paper.runs.Measured;
import org.stepplan.paper.runs.PaperRuns;
import org.stepplan.paper.runs.RunRequest;
import org.stepplan.plot.Contours;
import org.stepplan.plot.Look;
import org.stepplan.plot.Palette;
import org.stepplan.plot.Plot;
import org.stepplan.plot.Series;
import org.stepplan.problems.Problem;
import org.stepplan.problems.Problems;
import org.stepplan.run.Monitor;

/** Figures 5a, 5b and 6: single-step planning (Csawg) on Rosenbrock from (-1, 0). */
final class RosenbrockFigures {

    /** Figure 5a's x axis: gradient evaluations up to the runs' iterations. */
    static final long FIGURE_5A_EVALS = PaperRuns.ITERATIONS;
    /** The part of the plane the trace figures show. */
    static final Plot.Frame FRAME = new Plot.Frame(-1.5, 1.5, -0.5, 1.5);

    private RosenbrockFigures() {
    }

    static Figure figure5a() {
        List<RunRequest> runs = new ArrayList<>(PaperRuns.gdGrid());
        runs.addAll(PaperRuns.csawgGrid());
        return new Figure("5a", "Rosenbrock: GD grid and Csawg, error against gradient evaluations",
                "GD over {0.0005, 0.001, 0.0015, 0.002} (blue, sky blue, green, grey) and Csawg K=2/5/10 "
                        + "(vermillion, orange, purple) with γ=0.001 (wide pale lines) and γ=0.0015 (dashed, on top: "
                        + "for K2 the two nearly coincide) from (-1,0); error on a log axis against gradient "
                        + "evaluations (up to " + fmt(FIGURE_5A_EVALS) + "). The runs are " + fmt(PaperRuns.ITERATIONS)
                        + " iterations; a planning run uses more than one evaluation per iteration, so Csawg K2 "
                        + "γ=0.001, which diverges in its iteration 19,167, does so past the axis.",
                runs, done -> {
                    List<Series> series = new ArrayList<>();
                    List<RunRequest> gd = PaperRuns.gdGrid();
                    for (int i = 0; i < gd.size(); i++) {
                        series.add(Curves.error(done.get(gd.get(i)), Curves.Axis.GRAD_EVALS, FIGURE_5A_EVALS,
                                Look.line(Palette.grid(i))));
                    }
                    List<Integer> ks = PaperRuns.ROSENBROCK_KS;
                    for (double gamma : PaperRuns.CSAWG_GAMMAS) {
                        for (int i = 0; i < ks.size(); i++) {
                            var color = Palette.planning(i);
                            Look look = gamma == 0.001 ? Look.line(Palette.translucent(color, 0.55)).width(4f)
                                    : Look.dashed(color).width(2f);
                            series.add(Curves.error(done.get(PaperRuns.csawg(gamma, ks.get(i))),
                                    Curves.Axis.GRAD_EVALS, FIGURE_5A_EVALS, look));
                        }
                    }
                    return List.of(new Figure.Panel("fig5a", Plot.of(
                            "Figure 5a: Rosenbrock, error vs gradient evaluations", "grad_evals",
                            "gradient evaluations", "error", "error ||w - w*||", true, series)
                            .legendAt(Plot.Legend.LOWER_LEFT)));
                });
    }

    static Figure figure5b() {
        List<RunRequest> runs = PaperRuns.ROSENBROCK_KS.stream().map(k -> PaperRuns.csawg(0.001, k)).toList();
        return new Figure("5b", "Rosenbrock: Csawg's α(2)",
                "α(2) learned by Csawg K=2/5/10 (γ=0.001) against iterations, on a linear axis so that negative "
                        + "values show. The y axis spans the 0.5%–99.5% range of the values: the spikes of K2's "
                        + "late divergence are cut off (the CSV has them).",
                runs, done -> {
                    List<Series> series = new ArrayList<>();
                    for (int i = 0; i < runs.size(); i++) {
                        Measured m = done.get(runs.get(i));
                        series.add(Curves.stepSize(m, 1, Curves.legend(m), Look.line(Palette.planning(i))));
                    }
                    return List.of(new Figure.Panel("fig5b", Plot.of("Figure 5b: Csawg α(2) on Rosenbrock",
                            "iteration", "iterations k", "step_size", "step size α(2)", false, series)
                            .within(Curves.robustY(series, 0.005))));
                });
    }

    static Figure figure6() {
        RunRequest gd = PaperRuns.gd(0.001);
        RunRequest csawg = PaperRuns.csawg(0.001, 2);
        return new Figure("6", "Rosenbrock: update traces of GD and Csawg",
                "The weights every 20th iteration on Rosenbrock's contour lines: (a) GD γ=0.001, (b) Csawg K2 "
                        + "γ=0.001 (the paper does not name the K of its Figure 6; K2 is the one it discusses).",
                List.of(gd, csawg), done -> List.of(
                        new Figure.Panel("fig6a", trace(done.get(gd), Palette.GD,
                                "Figure 6a: GD γ=0.001, every 20th iteration")),
                        new Figure.Panel("fig6b", trace(done.get(csawg), Palette.CSAWG,
                                "Figure 6b: Csawg K2 γ=0.001, every 20th iteration"))));
    }

    private static Plot trace(Measured m, java.awt.Color color, String title) {
        List<Series> series = new ArrayList<>(contours());
        series.add(Curves.dots(m, PaperRuns.TRACE_EVERY, Curves.legend(m), color));
        series.add(Curves.point("w* = (1, 1)", 1, 1, Palette.OPTIMUM));
        return Plot.of(title, "w1", "w1", "w2", "w2", false, series).within(FRAME);
    }

    /** Rosenbrock's contour lines over {@link #FRAME}. */
    static List<Series> contours() {
        Problem r = Problems.create(PaperRuns.ROSENBROCK, Map.of());
        Monitor f = r.monitor(r.oracle(0));
        return Contours.of(f::loss, FRAME, 100, Contours.logLevels(0.01, 300, 12));
    }
}
