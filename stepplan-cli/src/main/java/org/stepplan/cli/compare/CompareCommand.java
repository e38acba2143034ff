package org.stepplan.cli.compare;

import org.stepplan.cli.ExitCodes;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.stepplan.experiment.Experiment;
import org.stepplan.experiment.compare.CompareSpec;
import org.stepplan.experiment.compare.Ranking;
import org.stepplan.experiment.compare.TrainingCurve;
import org.stepplan.cli.KeyValues;
import org.stepplan.files.Outputs;
import org.stepplan.experiment.Parallel;
import org.stepplan.experiment.Progress;
import org.stepplan.cli.ThreadsOption;
import org.stepplan.experiment.RunSpec;
import org.stepplan.plot.ChartFiles;
import org.stepplan.plot.Decimate;
import org.stepplan.plot.Look;
import org.stepplan.plot.Palette;
import org.stepplan.plot.Plot;
import org.stepplan.plot.Series;
import org.stepplan.learn.LearningMonitor;
import org.stepplan.run.Result;
import org.stepplan.run.StoppingRules;
import org.stepplan.run.TraceRow;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stepplan compare}: several methods (over grids) on one problem, each at its best setting. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Run each method (over its grid from --spec, else at its defaults) on one problem, pick "
                + "each method's best setting, print a table and write a convergence plot (PNG, SVG, CSV).",
                "Rule: " + Ranking.RULE + "."})
public final class CompareCommand implements Callable<Integer> {

    /** The budget when neither the command line nor the spec gives one. */
    public static final long DEFAULT_MAX_GRAD_EVALS = 10_000;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--problem", required = true, description = "problem name (see `stepplan list`)")
    String problem;

    @Option(names = "--problem-param", paramLabel = "KEY=VALUE", description = "a problem parameter (repeatable)")
    List<String> problemParams = new ArrayList<>();

    @Option(names = "--methods", paramLabel = "M1,M2", split = ",",
            description = "methods to compare (default: every method of the spec)")
    List<String> methods = List.of();

    @Option(names = "--spec", paramLabel = "FILE.yaml", description = "grids per method (format: docs/reproduce.md)")
    Path specFile;

    @Option(names = "--max-grad-evals", paramLabel = "N", description = "gradient-evaluation budget per run "
            + "(default: the spec's, else " + DEFAULT_MAX_GRAD_EVALS + ")")
    Long maxGradEvals;

    @Option(names = "--target-error", paramLabel = "E", description = "a run stops once ||w - w*|| <= E "
            + "(default: the spec's, else none)")
    Double targetError;

    @Option(names = "--seed", paramLabel = "S", description = "seed of a stochastic problem (default: ${DEFAULT-VALUE})")
    long seed = RunSpec.DEFAULT_SEED;

    @Option(names = "--plot", paramLabel = "NAME", description = "plot files NAME.png, .svg, .csv "
            + "(default: compare-PROBLEM)")
    Path plot;

    @Option(names = "--force", description = "overwrite existing plot files")
    boolean force;

    @CommandLine.Mixin
    ThreadsOption threads;

    @Override
    public Integer call() throws Exception {
        if (targetError != null && Double.isNaN(targetError)) {
            throw new IllegalArgumentException("--target-error: NaN is no target (leave the option out for none)");
        }
        int threadCount = threads.get();
        Map<String, String> problemParamMap = KeyValues.parse("--problem-param", problemParams);
        CompareSpec grids = specFile == null ? new CompareSpec(Map.of(), null, null) : CompareSpec.read(specFile);
        List<String> chosen = !methods.isEmpty() ? methods : new ArrayList<>(grids.grids().keySet());
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no methods: give --methods or a --spec that lists some");
        }
        long budget = maxGradEvals != null ? maxGradEvals : grids.maxGradEvals() != null ? grids.maxGradEvals()
                : DEFAULT_MAX_GRAD_EVALS;
        Double target = targetError != null ? targetError : grids.targetError();
        StoppingRules rules = new StoppingRules(budget, budget, target == null ? Double.NaN : target, Double.NaN, true);
        List<RunSpec> runs = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int m = 0; m < chosen.size(); m++) {
            List<Map<String, String>> settings = grids.grids().getOrDefault(chosen.get(m), List.of(Map.of()));
            for (Map<String, String> setting : settings) {
                runs.add(new RunSpec(problem, problemParamMap, null, chosen.get(m), setting, rules, seed));
                owner.add(m);
            }
            Experiment.prepare(runs.get(runs.size() - 1)); // every method, and its fit to the problem, before any run
        }
        if (plot != null && plot.toString().isEmpty()) {
            throw new IllegalArgumentException("--plot: an empty path");
        }
        Path base = plot != null ? plot : Path.of("compare-" + problem);
        List<Path> files = List.of(sibling(base, ".png"), sibling(base, ".svg"), sibling(base, ".csv"));
        for (Path f : files) {
            Outputs.file("--plot", f, force);
        }
        Progress progress = Progress.onStderr(spec.commandLine().getErr());
        List<TrainingCurve> curves = new ArrayList<>();
        runs.forEach(r -> curves.add(new TrainingCurve()));
        List<Integer> jobs = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            jobs.add(i);
        }
        List<Experiment.Outcome> outcomes;
        try (progress) {
            progress.phase("runs", runs.size());
            outcomes = Parallel.map(jobs, threadCount, i -> Experiment.execute(runs.get(i), curves.get(i)),
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
        ChartFiles.write(plot(rows), base.toAbsolutePath().getParent(), base.getFileName().toString(), force);
        print(spec.commandLine().getOut(), rows, budget, target, files);
        return ExitCodes.OK;
    }

    /** A method's best run, how many settings it was chosen from, and its training curve (learning problems). */
    record Row(String method, Experiment.Outcome best, int settings, TrainingCurve curve) {
        String setting() {
            Map<String, String> given = best.spec().methodParams();
            return given.isEmpty() ? "defaults" : given.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .reduce((a, b) -> a + " " + b).orElse("");
        }
    }

    private Plot plot(List<Row> rows) {
        if (rows.get(0).best().monitor() instanceof LearningMonitor) {
            return learningPlot(rows);
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
    private Plot learningPlot(List<Row> rows) {
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
