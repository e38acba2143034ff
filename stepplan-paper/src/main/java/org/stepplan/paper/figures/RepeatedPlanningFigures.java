package org.stepplan.paper.figures;

import java.util.ArrayList;
import java.util.List;
import org.stepplan.paper.runs.Measured;
import org.stepplan.paper.runs.PaperMethod;
import org.stepplan.paper.runs.PaperRuns;
import org.stepplan.paper.runs.RunRequest;
import org.stepplan.paper.runs.Runs;
import org.stepplan.plot.Look;
import org.stepplan.plot.Palette;
import org.stepplan.plot.Plot;
import org.stepplan.plot.Series;

/** Figures 7a, 7b and 8: repeated planning (Csaug, P = 5, M = 10) on Rosenbrock. */
final class RepeatedPlanningFigures {

    /** Figure 7a shows the first 1,000 iterations (the paper's text). */
    static final long FIGURE_7A_ITERATIONS = 1_000;

    private RepeatedPlanningFigures() {
    }

    static Figure figure7a() {
        List<RunRequest> runs = new ArrayList<>(PaperRuns.csaugRuns());
        runs.add(PaperRuns.gd(0.001));
        runs.add(PaperRuns.csawg(0.001, 2));
        return new Figure("7a", "Rosenbrock: repeated planning, error against iterations and evaluations",
                "Csaug P=5 M=10 (γ=0.001) for K=2/10/100 with GD γ=0.001 and single-step Csawg K2 for reference, "
                        + "the first 1,000 iterations; against iterations (fig7a) and gradient evaluations "
                        + "(fig7a-evals).",
                runs, done -> List.of(
                        new Figure.Panel("fig7a", errors(done, runs, Curves.Axis.ITERATIONS,
                                "Figure 7a: repeated planning, error vs iterations")),
                        new Figure.Panel("fig7a-evals", errors(done, runs, Curves.Axis.GRAD_EVALS,
                                "Figure 7a: repeated planning, error vs gradient evaluations"))));
    }

    private static Plot errors(Runs done, List<RunRequest> runs, Curves.Axis axis, String title) {
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Measured m = done.get(runs.get(i));
            double xMax = axis == Curves.Axis.ITERATIONS ? FIGURE_7A_ITERATIONS
                    : lastEvalsWithin(m, FIGURE_7A_ITERATIONS);
            series.add(Curves.error(m, axis, xMax, Look.line(color(m, i))));
        }
        double xMax = axis == Curves.Axis.ITERATIONS ? FIGURE_7A_ITERATIONS : Double.NaN;
        return Plot.of(title, axis.name, axis.label, "error", "error ||w - w*||", true, series)
                .within(new Plot.Frame(0, xMax, Double.NaN, Double.NaN));
    }

    private static java.awt.Color color(Measured m, int i) {
        PaperMethod method = m.request().method();
        return method instanceof PaperMethod.Gd ? Palette.GD
                : method instanceof PaperMethod.Csawg ? Palette.CSAWG : Palette.planning(i + 1);
    }

    private static double lastEvalsWithin(Measured m, long iterations) {
        long evals = 0;
        for (var row : m.trace()) {
            if (row.iteration() > iterations) {
                break;
            }
            evals = row.gradEvals();
        }
        return evals;
    }

    static Figure figure7b() {
        RunRequest run = PaperRuns.csaug(2);
        return new Figure("7b", "Rosenbrock: Csaug K2 update trace",
                "The main-loop weights of Csaug K2 (P=5, M=10) after every iteration on Rosenbrock's contour "
                        + "lines; a line joins the weights before and after each planning iteration.",
                List.of(run), done -> {
                    Measured m = done.get(run);
                    List<Series> series = new ArrayList<>(RosenbrockFigures.contours());
                    series.add(Curves.dots(m, 1, Curves.legend(m), Palette.CSAUG));
                    series.add(Curves.planningJumps(m, "planning jumps", Palette.CSAWG));
                    series.add(Curves.point("w* = (1, 1)", 1, 1, Palette.OPTIMUM));
                    return List.of(new Figure.Panel("fig7b", Plot.of("Figure 7b: Csaug K2 (P5 M10) on Rosenbrock",
                            "w1", "w1", "w2", "w2", false, series).within(RosenbrockFigures.FRAME)));
                });
    }

    static Figure figure8() {
        List<RunRequest> runs = PaperRuns.csaugRuns();
        return new Figure("8", "Rosenbrock: step sizes learned under repeated planning",
                "α(1) (fig8a) and α(2) (fig8b) of Csaug K=2/10/100 against iterations, linear axis, until zero "
                        + "error.",
                runs, done -> List.of(
                        new Figure.Panel("fig8a", stepSizes(done, runs, 0)),
                        new Figure.Panel("fig8b", stepSizes(done, runs, 1))));
    }

    private static Plot stepSizes(Runs done, List<RunRequest> runs, int component) {
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Measured m = done.get(runs.get(i));
            series.add(Curves.stepSize(m, component, Curves.legend(m), Look.line(Palette.planning(i + 1))));
        }
        String alpha = "α(" + (component + 1) + ")";
        return Plot.of("Figure 8" + (component == 0 ? "a" : "b") + ": Csaug " + alpha + " on Rosenbrock",
                "iteration", "iterations k", "step_size", "step size " + alpha, false, series);
    }
}
