package org.stepplan.experiment.compare;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stepplan.experiment.Experiment;
import org.stepplan.experiment.Parallel;
import org.stepplan.experiment.Progress;
import org.stepplan.experiment.RunSpec;
import org.stepplan.files.Outputs;
import org.stepplan.learn.LearningMonitor;
import org.stepplan.plot.ChartFiles;
import org.stepplan.plot.Decimate;
import org.stepplan.plot.Look;
import org.stepplan.plot.Palette;
import org.stepplan.plot.Plot;
import org.stepplan.plot.Series;
import org.stepplan.run.Result;
import org.stepplan.run.StoppingRules;
import org.stepplan.run.TraceRow;

/**
 * {@code stepplan compare} without its command line: every setting of every method's grid as a run on one problem
 * (in parallel, results in grid order), each method's best run by {@link Ranking#RULE}, the convergence plot (PNG,
 * SVG, CSV) and the table.
 */
public final class Comparison {

    /** The budget when neither the command line nor the spec gives one. */
    public static final long DEFAULT_MAX_GRAD_EVALS = 10_000;

    /**
     * What to compare and where the plot goes.
     *
     * @param problem       the problem's registry name
     * @param problemParams its parameters
     * @param methods       the methods to compare (empty: every method of the spec)
     * @param spec          the grids per method, and the spec's budget and target
     * @param maxGradEvals  the budget per run (null: the spec's, else {@link #DEFAULT_MAX_GRAD_EVALS})
     * @param targetError   a run stops once {@code ||w - w*|| <= targetError} (null: the spec's, else none)
     * @param seed          the seed of a stochastic problem
     * @param plot          the plot files' name without extension (null: {@code compare-PROBLEM})
     * @param force         overwrite existing plot files
     * @param threads       worker threads
     * @param progress      where progress goes
     */
    public record Options(String problem, Map<String, String> problemParams, List<String> methods, CompareSpec spec,
                          Long maxGradEvals, Double targetError, long seed, Path plot, boolean force, int threads,
                          Progress progress) {
    }

    private Comparison() {
    }

    /**
     * Checks everything, runs every setting, writes the plot and prints the table on {@code out}.
     *
     * @throws IllegalArgumentException on a bad method, setting, problem or plot location, before any run
     */
    public static void run(Options o, PrintWriter out) throws Exception {
        CompareSpec grids = o.spec();
        List<String> chosen = !o.methods().isEmpty() ? o.methods() : new ArrayList<>(grids.grids().keySet());
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no methods: give --methods or a --spec that lists some");
        }
        long budget = o.maxGradEvals() != null ? o.maxGradEvals() : grids.maxGradEvals() != null
                ? grids.maxGradEvals() : DEFAULT_MAX_GRAD_EVALS;
        Double target = o.targetError() != null ? o.targetError() : grids.targetError();
        StoppingRules rules = new StoppingRules(budget, budget, target == null ? Double.NaN : target, Double.NaN, true);
        List<RunSpec> runs = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int m = 0; m < chosen.size(); m++) {
            List<Map<String, String>> settings = grids.grids().getOrDefault(chosen.get(m), List.of(Map.of()));
            for (Map<String, String> setting : settings) {
                runs.add(new RunSpec(o.problem(), o.problemParams(), null, chosen.get(m), setting, rules, o.seed()));
                owner.add(m);
            }
            Experiment.prepare(runs.get(runs.size() - 1)); // every method, and its fit to the problem, before any run
        }
        if (o.plot() != null && o.plot().toString().isEmpty()) {
            throw new IllegalArgumentException("--plot: an empty path");
        }
        Path base = o.plot() != null ? o.plot() : Path.of("compare-" + o.problem());
        List<Path> files = List.of(sibling(base, ".png"), sibling(base, ".svg"), sibling(base, ".csv"));
        for (Path f : files) {
            Outputs.file("--plot", f, o.force());
        }
        List<TrainingCurve> curves = new ArrayList<>();
        runs.forEach(r -> curves.add(new TrainingCurve()));
        List<Integer> jobs = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            jobs.add(i);
        }
        List<Experiment.Outcome> outcomes;
        try (Progress progress = o.progress()) {
            progress.phase("runs", runs.size());
            outcomes = Parallel.map(jobs, o.threads(), i -> Experiment.execute(runs.get(i), curves.get(i)),
                    i -> runs.get(i).method() + " " + runs.get(i).methodParams(), progress);
        }
        List<Row> rows = new ArrayList<>();
        for (int m = 0; m < chosen.size(); m++) {
            List<Experiment.Outcome> mine = new ArrayList<>();
            for (int i = 0; i < outcomes.size(); i++) {
                if (owner.get(i) == m) {
                    mine.add(outcomes.get(i));
                }
            }
            Experiment.Outcome best = Ranking.best(mine);
            rows.add(new Row(chosen.get(m), best, mine.size(), curves.get(outcomes.indexOf(best))));
        }
        ChartFiles.write(plot(o.problem(), rows), base.toAbsolutePath().getParent(), base.getFileName().toString(),
                o.force());
        print(out, rows, budget, target, files);
    }

    /** A method's best run, how many settings it was chosen from, and its training curve (learning problems). */
    private record Row(String method, Experiment.Outcome best, int settings, TrainingCurve curve) {
        String setting() {
            Map<String, String> given = best.spec().methodParams();
            return given.isEmpty() ? "defaults" : given.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .reduce((a, b) -> a + " " + b).orElse("");
        }
    }

    private static Plot plot(String problem, List<Row> rows) {
        if (rows.get(0).best().monitor() instanceof LearningMonitor) {
            return learningPlot(problem, rows);
        }
        boolean errorKnown = rows.get(0).best().result().errorKnown();
        List<Series> series = new ArrayList<>();
        boolean positive = true;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            List<TraceRow> t = row.best().result().trace();
            double[] x = new double[t.size()];
            double[] y = new double[t.size()];
            for (int j = 0; j < t.size(); j++) {
                x[j] = t.get(j).gradEvals();
                y[j] = errorKnown ? t.get(j).error() : t.get(j).loss();
                positive &= y[j] >= 0;
            }
            series.add(Decimate.series(new Series(row.method() + " (" + row.setting() + ")", x, y,
                    Look.line(Palette.cycle(i))), 500));
        }
        String measure = errorKnown ? "error" : "loss";
        return Plot.of(problem + ": best setting of each method", "grad_evals", "gradient evaluations", measure,
                errorKnown ? "error ||w - w*||" : "loss f(w)", positive, series);
    }

    /** On a learning problem: the measured training loss (uncounted, see --eval-every) against epochs, log y. */
    private static Plot learningPlot(String problem, List<Row> rows) {
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            series.add(Decimate.series(new Series(row.method() + " (" + row.setting() + ")", row.curve().epochs(),
                    row.curve().losses(),
                    Look.line(Palette.cycle(i))), 500));
        }
        return Plot.of(problem + ": best setting of each method", "epochs", "epochs (examples / training set size)",
                "train_loss", "training loss (mean cross-entropy + l2 term)", true, series);
    }

    private static void print(PrintWriter out, List<Row> rows, long budget, Double target, List<Path> files) {
        out.printf(Locale.ROOT, "budget %,d gradient evaluations per run; target error %s%n", budget,
                target == null ? "none" : target.toString());
        out.println(Ranking.RULE);
        out.println();
        int w = Math.max(12, rows.stream().mapToInt(r -> r.setting().length()).max().orElse(0));
        String format = "%-18s %-" + w + "s %16s %14s %-16s %8s%n";
        out.printf(Locale.ROOT, format, "method", "best setting", "evals to target", "final error", "status",
                "settings");
        for (Row r : rows) {
            Result res = r.best().result();
            String toTarget = Ranking.reached(res) ? String.format(Locale.ROOT, "%,d", res.gradEvals()) : "-";
            out.printf(Locale.ROOT, format, r.method(), r.setting(), toTarget,
                    String.format(Locale.ROOT, "%.4g", Ranking.measure(r.best())), res.status().label(), r.settings());
        }
        out.println();
        out.println("plot: " + files.get(0) + " (and " + files.get(1).getFileName() + ", "
                + files.get(2).getFileName() + ")");
        out.flush();
    }

    private static Path sibling(Path base, String extension) {
        return base.resolveSibling(base.getFileName() + extension);
    }
}
