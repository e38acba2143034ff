package org.stepplan.paper.figures;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.stepplan.paper.runs.PaperRuns;
import org.stepplan.paper.runs.RunRequest;
import org.stepplan.plot.Look;
import org.stepplan.plot.Palette;
import org.stepplan.plot.Plot;
import org.stepplan.plot.Series;

/** Figure 9: heavy ball, RMSprop and Adam over the paper's Section 4 grids against GD, Csawg and Csaug. */
final class ComparisonFigure {

    /** Figure 9's x axis: gradient evaluations up to 20,000. */
    static final long EVALS = 20_000;
    /** Tall enough for the legend's 36 entries. */
    static final int HEIGHT = 820;

    private ComparisonFigure() {
    }

    /** Every run of Figure 9, in drawing order. */
    static List<RunRequest> runs() {
        List<RunRequest> runs = new ArrayList<>();
        runs.add(PaperRuns.gd("0.001"));
        runs.add(PaperRuns.csawg("0.001", 2));
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
                        + "20,000). Colours by family as in the paper: heavy ball cyan, RMSprop yellow, Adam blue "
                        + "(lr=0.005) and black (lr=0.01).",
                runs, done -> {
                    List<Series> series = new ArrayList<>();
                    for (RunRequest r : runs) {
                        series.add(Curves.error(done.get(r), Curves.Axis.GRAD_EVALS, EVALS, look(r)));
                    }
                    return List.of(new Figure.Panel("fig9", Plot.of(
                            "Figure 9: Rosenbrock, all methods", "grad_evals",
                            "gradient evaluations", "error", "error ||w - w*||", true, series).tall(HEIGHT)));
                });
    }

    private static Look look(RunRequest r) {
        var p = r.spec().methodParams();
        return switch (r.spec().method()) {
            case "gd" -> Look.line(Palette.GD);
            case "csawg" -> Look.line(Palette.CSAWG);
            case "csaug" -> Look.line(p.get("K").equals("2") ? Palette.CSAUG : Palette.planning(1));
            case "heavy-ball" -> Look.line(p.get("p").equals("0.9") ? Palette.HEAVY_BALL
                    : Palette.shade(Palette.HEAVY_BALL, 1, 2));
            case "rmsprop" -> thin(Palette.shade(Palette.RMSPROP, PaperRuns.RMSPROP_ALPHA.indexOf(p.get("alpha")), 3));
            case "adam" -> thin(p.get("lr").equals("0.005") ? Palette.shade(Palette.ADAM,
                    PaperRuns.ADAM_BETA2.indexOf(p.get("beta2")), 3) : Color.BLACK);
            default -> Look.line(Color.GRAY);
        };
    }

    private static Look thin(Color c) {
        return new Look(c, true, false, false, 1f, true);
    }
}
