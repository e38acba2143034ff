package org.stepplan.suite.output;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.stepplan.files.AtomicFiles;
import org.stepplan.experiment.Parallel;
import org.stepplan.experiment.Progress;
import org.stepplan.plot.ChartFiles;
import org.stepplan.plot.Decimate;
import org.stepplan.plot.Look;
import org.stepplan.plot.Palette;
import org.stepplan.plot.Plot;
import org.stepplan.plot.Series;
import org.stepplan.report.Document;
import org.stepplan.report.HtmlReport;
import org.stepplan.report.MarkdownReport;
import org.stepplan.suite.Bench;
import org.stepplan.suite.BenchProblem;
import org.stepplan.suite.Entrant;
import org.stepplan.suite.Entrants;
import org.stepplan.suite.Job;
import org.stepplan.suite.Profiles;
import org.stepplan.suite.Selection;
import org.stepplan.suite.Suites;
import org.stepplan.suite.Trial;

/**
 * The benchmark's files: runs every job of stepplan-suite's {@link Bench} in parallel (results in job order), then
 * writes {@code results.csv}, the profiles and convergence plots (PNG + SVG + CSV), {@code nist.csv} when the nist
 * suite ran, and the report. Every file except {@code timing.csv} (wall times) is byte-identical for any thread
 * count.
 */
public final class Benchmark {

    /** Points per line in a convergence plot (its CSV holds the same points). */
    private static final int PLOT_POINTS = 400;

    /**
     * What to run and where.
     *
     * @param suites   suite names
     * @param methods  benchmark methods to keep (empty: all)
     * @param budget   evaluations per run
     * @param tol      the convergence test's T
     * @param out      the output folder
     * @param threads  worker threads
     * @param force    write into a non-empty folder
     * @param progress where progress goes
     */
    public record Options(Set<String> suites, Set<String> methods, long budget, double tol, Path out, int threads,
                          boolean force, Progress progress) {
    }

    /**
     * What was done.
     *
     * @param runs        runs made
     * @param files       files written
     * @param wallSeconds the whole command's wall time
     * @param summary     one line per suite and family (the verdicts)
     * @param results     the per-suite results
     */
    public record Outcome(int runs, int files, double wallSeconds, List<String> summary,
                          List<Bench.SuiteResult> results) {
    }

    private Benchmark() {
    }

    /** Runs the benchmark, writes its files and prints what was done and the verdicts on {@code out}. */
    public static Outcome run(Options o, PrintWriter out) throws Exception {
        long t0 = System.nanoTime();
        List<Entrant> entrants = o.methods().isEmpty() ? Entrants.defaults(o.budget())
                : Entrants.only(o.budget(), o.methods());
        List<BenchProblem> problems = Suites.of(o.suites());
        List<Job> jobs = Bench.jobs(problems, entrants, o.budget(), o.tol());
        AtomicFiles.prepareOutputFolder(o.out(), o.force());

        o.progress().phase("runs", jobs.size());
        List<Trial> trials = Bench.withOptimalValues(Parallel.map(jobs, o.threads(), Job::run, Job::label,
                o.progress()));
        List<Bench.SuiteResult> results = Bench.assess(trials, entrants, o.budget());

        List<Path> files = new ArrayList<>();
        Path results1 = o.out().resolve("results.csv");
        AtomicFiles.writeText(results1, true, w -> w.write(BenchCsv.results(trials, results)));
        files.add(results1);
        Path timing = o.out().resolve("timing.csv");
        AtomicFiles.writeText(timing, true, w -> w.write(BenchCsv.timing(trials)));
        files.add(timing);
        for (Bench.SuiteResult r : results) {
            files.addAll(ChartFiles.write(profilePlot(r, true, entrants), o.out(), "performance-" + r.suite(), true));
            files.addAll(ChartFiles.write(profilePlot(r, false, entrants), o.out(), "data-" + r.suite(), true));
            if (r.suite().equals("nist")) {
                Path nist = o.out().resolve("nist.csv");
                AtomicFiles.writeText(nist, true, w -> w.write(BenchCsv.nist(r)));
                files.add(nist);
            }
        }
        Path convergence = o.out().resolve("convergence");
        Files.createDirectories(convergence);
        List<Convergence> plots = new ArrayList<>();
        for (Bench.SuiteResult r : results) {
            for (int p = 0; p < r.problems().size(); p++) {
                plots.add(new Convergence(r, p));
            }
        }
        o.progress().phase("plots", plots.size());
        for (List<Path> written : Parallel.map(plots, o.threads(),
                c -> ChartFiles.write(c.plot(entrants), convergence, c.problem().label(), true),
                c -> c.problem().label(), o.progress())) {
            files.addAll(written);
        }
        o.progress().close();

        String command = command(o);
        Document report = BenchReportContent.of(results, command, o.budget(), o.tol(), entrants);
        Path md = o.out().resolve("report.md");
        AtomicFiles.writeText(md, true, w -> MarkdownReport.write(report, w));
        Path html = o.out().resolve("report.html");
        AtomicFiles.writeText(html, true, w -> HtmlReport.write(report, w));
        files.add(md);
        files.add(html);
        List<String> summary = new ArrayList<>();
        for (Bench.SuiteResult r : results) {
            r.verdicts().forEach(v -> summary.add(r.suite() + ": " + v.text()));
        }
        Outcome outcome = new Outcome(jobs.size(), files.size(), (System.nanoTime() - t0) / 1e9, summary, results);
        out.printf(Locale.ROOT, "%d runs, wrote %d files to %s in %.1f s%n", outcome.runs(), outcome.files(), o.out(),
                outcome.wallSeconds());
        outcome.summary().forEach(out::println);
        out.println("report: " + o.out().resolve("report.html") + " (and report.md)");
        out.flush();
        return outcome;
    }

    /** The colour of an entrant: its place in the entrant list. */
    static Look look(List<Entrant> entrants, String method) {
        for (int i = 0; i < entrants.size(); i++) {
            if (entrants.get(i).method().equals(method)) {
                return Look.line(Palette.cycle(i));
            }
        }
        throw new IllegalArgumentException(method);
    }

    private static Plot profilePlot(Bench.SuiteResult r, boolean performance, List<Entrant> entrants) {
        List<Profiles.Curve> curves = performance ? r.performance() : r.data();
        List<Series> series = new ArrayList<>();
        for (Profiles.Curve c : curves) {
            series.add(new Series(c.method(), c.x(), c.y(), look(entrants, c.method())));
        }
        int n = r.problems().size();
        return performance
                ? Plot.of("Performance profile, " + r.suite() + " (" + n + " problems)", "log2_tau",
                        "log2 tau (evaluations / best method's evaluations)", "fraction", "fraction of problems solved",
                        false, series).within(new Plot.Frame(0, Double.NaN, 0, 1.02))
                : Plot.of("Data profile, " + r.suite() + " (" + n + " problems)", "kappa",
                        "kappa (evaluations / (n + 1))", "fraction", "fraction of problems solved", false, series)
                        .within(new Plot.Frame(0, Double.NaN, 0, 1.02));
    }

    /** One problem's convergence plot: (best f - f*) / (f0 - f*) against evaluations, each chosen setting. */
    private record Convergence(Bench.SuiteResult result, int index) {
        BenchProblem problem() {
            return result.problems().get(index);
        }

        Plot plot(List<Entrant> entrants) {
            List<Series> series = new ArrayList<>();
            for (Selection.Chosen c : result.chosen()) {
                Trial t = c.trials().get(index);
                double[] best = t.bestSoFar();
                double[] x = new double[best.length];
                double[] y = new double[best.length];
                double scale = t.f0() - t.fStar();
                for (int k = 0; k < best.length; k++) {
                    x[k] = k + 1;
                    y[k] = (best[k] - t.fStar()) / scale;
                }
                series.add(Decimate.series(new Series(c.entrant().method(), x, y,
                        look(entrants, c.entrant().method())), PLOT_POINTS));
            }
            return Plot.of(problem().label() + " (n = " + problem().problem().dimension() + ")", "evaluations",
                    "evaluations", "relative_gap", "(best f - f*) / (f0 - f*)", true, series);
        }
    }

    /** The command line that reproduces the results (without --out and --threads, which do not change them). */
    private static String command(Options o) {
        return String.format(Locale.ROOT, "./stepplan bench --suite %s%s --budget %d --tol %s",
                String.join(",", o.suites()),
                o.methods().isEmpty() ? "" : " --methods " + String.join(",", o.methods()),
                o.budget(), o.tol());
    }
}
