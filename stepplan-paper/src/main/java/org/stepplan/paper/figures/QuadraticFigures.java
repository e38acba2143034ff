package org.stepplan.paper.figures;

import static org.stepplan.paper.runs.Metrics.fmt;

import java.util.ArrayList;
import java.util.List;
import org.stepplan.paper.runs.Measured;
import org.stepplan.paper.runs.PaperRuns;
import org.stepplan.paper.runs.PastZeroError;
import org.stepplan.paper.runs.RunRequest;
import org.stepplan.paper.runs.Runs;
import org.stepplan.plot.Contours;
import org.stepplan.plot.Look;
import org.stepplan.plot.Palette;
import org.stepplan.plot.Plot;
import org.stepplan.plot.Series;
import org.stepplan.problems.Problem;
import org.stepplan.problems.Problems;
import org.stepplan.run.Monitor;

/** Figures 3a, 3b and 4: the ill-conditioned quadratic of Section 3. */
final class QuadraticFigures {

    /** Figure 3a shows the first 10,000 iterations (Csawg K1000, the slowest, reaches zero at 9,000). */
    static final long FIGURE_3A_ITERATIONS = 10_000;

    private QuadraticFigures() {
    }

    static Figure figure3a() {
        List<RunRequest> runs = PaperRuns.figure3a();
        return new Figure("3a", "Quadratic: error against iterations",
                "GD (0.00099), Nesterov, heavy ball and Csawg (γ=0.0009, K=2/10/100/1000) on the quadratic "
                        + "Q=diag(1000,1) from (-1,2); error ||w-w*|| on a log axis, first "
                        + fmt(FIGURE_3A_ITERATIONS) + " iterations. "
                        + "A curve ends where the error became exactly 0.",
                runs, done -> {
                    List<Series> series = new ArrayList<>();
                    series.add(Curves.error(done.get(PaperRuns.quadraticGd()), Curves.Axis.ITERATIONS,
                            FIGURE_3A_ITERATIONS, Look.line(Palette.GD)));
                    series.add(Curves.error(done.get(PaperRuns.quadraticNesterov()), Curves.Axis.ITERATIONS,
                            FIGURE_3A_ITERATIONS, Look.line(Palette.NESTEROV)));
                    series.add(Curves.error(done.get(PaperRuns.quadraticHeavyBall()), Curves.Axis.ITERATIONS,
                            FIGURE_3A_ITERATIONS, Look.line(Palette.HEAVY_BALL)));
                    List<Integer> ks = PaperRuns.QUADRATIC_KS;
                    for (int i = 0; i < ks.size(); i++) {
                        series.add(Curves.error(done.get(PaperRuns.quadraticCsawg(ks.get(i))),
                                Curves.Axis.ITERATIONS, FIGURE_3A_ITERATIONS,
                                Look.line(Palette.planning(i))));
                    }
                    return List.of(new Figure.Panel("fig3a", Plot.of("Figure 3a: quadratic, error vs iterations",
                            "iteration", "iterations k", "error", "error ||w - w*||", true, series)));
                });
    }

    static Figure figure3b() {
        RunRequest run = PaperRuns.quadraticCsawg(10);
        return new Figure("3b", "Quadratic: Csawg K10 update trace",
                "The weights of Csawg K10 after every iteration (dots) on the contour lines of the quadratic; a "
                        + "line joins the weights before and after each planning iteration (the jump).",
                List.of(run), done -> {
                    Measured m = done.get(run);
                    Plot.Frame frame = new Plot.Frame(-1.2, 1.2, 0.8, 2.2);
                    List<Series> series = new ArrayList<>(contours(frame));
                    series.add(Curves.dots(m, 1, "online steps", Palette.GD));
                    series.add(Curves.planningJumps(m, "planning jumps", Palette.CSAWG));
                    series.add(Curves.point("w* = (1, 1)", 1, 1, Palette.OPTIMUM));
                    return List.of(new Figure.Panel("fig3b", Plot.of("Figure 3b: Csawg K10 on the quadratic",
                            "w1", "w1", "w2", "w2", false, series).within(frame)));
                });
    }

    static Figure figure4() {
        List<RunRequest> stopped = PaperRuns.QUADRATIC_KS.stream().map(PaperRuns::quadraticCsawg).toList();
        List<RunRequest> past = PaperRuns.QUADRATIC_KS.stream().map(PaperRuns::quadraticCsawgPastZero).toList();
        List<RunRequest> runs = new ArrayList<>(stopped);
        runs.addAll(past);
        return new Figure("4", "Quadratic: step sizes learned by Csawg",
                "Csawg's step sizes against iterations for each K, log axis (zeros are not drawn). Panel a is the "
                        + "component of curvature 1 (our α(2): the paper's 'component one', whose α peaks at "
                        + "exactly 1), panel b the component of curvature 1000 (our α(1)). Solid: the run up to "
                        + "zero error; dashed: the same optimizer continued for three plans past zero error, as "
                        + "the paper's runs were.",
                runs, done -> List.of(
                        new Figure.Panel("fig4a", stepSizes(done, stopped, past, 1,
                                "Figure 4a: Csawg α(2) (curvature 1) on the quadratic")),
                        new Figure.Panel("fig4b", stepSizes(done, stopped, past, 0,
                                "Figure 4b: Csawg α(1) (curvature 1000) on the quadratic"))));
    }

    private static Plot stepSizes(Runs done, List<RunRequest> stopped, List<RunRequest> continued, int component,
                                  String title) {
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < stopped.size(); i++) {
            Measured m = done.get(stopped.get(i));
            var color = Palette.planning(i);
            series.add(Curves.stepSize(m, component, m.label(), Look.line(color)));
            PastZeroError past = PastZeroError.of(done.get(continued.get(i)));
            double[] x = new double[past.iterations().length + 1];
            double[] y = new double[x.length];
            x[0] = past.zeroAt(); // join the run's last row
            y[0] = m.trace().get(m.trace().size() - 1).stepSizes()[component];
            for (int j = 1; j < x.length; j++) {
                x[j] = past.iterations()[j - 1];
                y[j] = past.stepSizes()[j - 1][component];
            }
            series.add(new Series(continued.get(i).label(), x, y, Look.dashed(color)));
        }
        return Plot.of(title, "iteration", "iterations k", "step_size", "step size α(" + (component + 1) + ")",
                true, series);
    }

    private static List<Series> contours(Plot.Frame frame) {
        Problem q = Problems.create(PaperRuns.QUADRATIC, java.util.Map.of());
        Monitor f = q.monitor(q.oracle(0));
        return Contours.of(f::loss, frame, 100, Contours.logLevels(0.01, 2000, 12));
    }
}
