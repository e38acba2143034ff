package org.stepplan.paper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.stepplan.files.AtomicFiles;
import org.stepplan.experiment.Parallel;
import org.stepplan.experiment.Progress;
import org.stepplan.paper.claims.Claim;
import org.stepplan.paper.claims.ClaimRow;
import org.stepplan.paper.claims.Claims;
import org.stepplan.paper.claims.Verdict;
import org.stepplan.paper.figures.Figure;
import org.stepplan.paper.figures.Figures;
import org.stepplan.paper.report.ClaimsJson;
import org.stepplan.paper.report.Environment;
import org.stepplan.paper.report.Report;
import org.stepplan.paper.report.ReportDocument;
import org.stepplan.paper.runs.Measured;
import org.stepplan.paper.runs.RunRequest;
import org.stepplan.paper.runs.Runs;
import org.stepplan.plot.ChartFiles;
import org.stepplan.methods.Methods;
import org.stepplan.problems.Problems;
import org.stepplan.report.Document;
import org.stepplan.report.HtmlReport;
import org.stepplan.report.MarkdownReport;

/**
 * The whole reproduction: select figures and claims, perform every run they need once (in parallel), draw the
 * figures, check the claims, write the report. Results are assembled in a fixed order, so every file except the
 * report's last section is byte-identical for any thread count.
 */
public final class Reproduction {

    /**
     * What to reproduce and where.
     *
     * @param out      the output folder
     * @param only     the figure ids to reproduce (their claims come with them), or empty for all
     * @param threads  worker threads (>= 1)
     * @param force    write into a non-empty folder, replacing files of the same name
     * @param command  the command line, for the report
     * @param version  the tool's version, for the report
     * @param svg      also write each panel as SVG (about half the drawing time)
     * @param progress where progress goes
     */
    public record Options(Path out, Set<String> only, int threads, boolean force, String command, String version,
                          boolean svg, Progress progress) {
    }

    /**
     * What was produced.
     *
     * @param report the report's content
     * @param files  every file written, in writing order
     */
    public record Outcome(Report report, List<Path> files) {
        /** The number of rows with verdict {@code v}. */
        public int count(Verdict v) {
            return report.tally().get(v);
        }

        /** The number of claim rows. */
        public int claims() {
            return report.rows().size();
        }
    }

    private Reproduction() {
    }

    /**
     * Runs the reproduction.
     *
     * @throws IllegalArgumentException for an unknown figure id, a method the build lacks, an output folder that
     *                                  cannot be written, or a non-empty one without {@code force}
     */
    public static Outcome run(Options o) throws Exception {
        long start = System.nanoTime();
        List<Figure> figures = select(o.only());
        Set<String> ids = new LinkedHashSet<>(figures.stream().map(Figure::id).toList());
        List<Claim> claims = Claims.all().stream().filter(c -> ids.contains(c.figure())).toList();
        List<RunRequest> plan = plan(figures, claims);
        checkAvailable(plan, figures, claims);
        Staging staging = Staging.begin(o.out(), o.force());
        try {
            return produce(o, staging.folder(), start, figures, claims, plan, staging);
        } finally {
            staging.abandon();
        }
    }

    private static Outcome produce(Options o, Path dir, long start, List<Figure> figures, List<Claim> claims,
                                   List<RunRequest> plan, Staging staging) throws Exception {

        o.progress().phase("runs", plan.size());
        List<Measured> measured = Parallel.map(plan, o.threads(), Measured::run, RunRequest::label, o.progress());
        Map<String, Measured> byId = new LinkedHashMap<>();
        measured.forEach(m -> byId.put(m.request().id(), m));
        Runs runs = new Runs(byId);

        o.progress().phase("figures", figures.size());
        List<Report.Drawn> drawn = Parallel.map(figures, o.threads(), f -> draw(f, runs, dir, o.svg()),
                Figure::id, o.progress());

        o.progress().phase("claims", claims.size());
        List<ClaimRow> rows = Parallel.map(claims, o.threads(), c -> ClaimRow.check(c, runs), Claim::id,
                o.progress());
        o.progress().close();

        List<Path> files = new ArrayList<>();
        for (Report.Drawn d : drawn) {
            for (Figure.Panel p : d.panels()) {
                Stream.of(".png", ".svg", ".csv").filter(ext -> o.svg() || !ext.equals(".svg"))
                        .forEach(ext -> files.add(o.out().resolve(p.file() + ext)));
            }
        }
        AtomicFiles.writeText(dir.resolve("claims.json"), true, w -> ClaimsJson.write(rows, w));
        files.add(o.out().resolve("claims.json"));
        double seconds = (System.nanoTime() - start) / 1e9;
        Report report = new Report(drawn, rows, measured, o.command(), Environment.describe(o.version(), o.threads()),
                seconds, o.svg());
        Document document = ReportDocument.of(report);
        AtomicFiles.writeText(dir.resolve("report.md"), true, w -> MarkdownReport.write(document, w));
        files.add(o.out().resolve("report.md"));
        AtomicFiles.writeText(dir.resolve("report.html"), true, w -> HtmlReport.writeSelfContained(document, dir, w));
        files.add(o.out().resolve("report.html"));
        staging.publish();
        files.add(o.out().resolve(Staging.MANIFEST));
        return new Outcome(report, files);
    }

    private static List<Figure> select(Set<String> only) {
        List<Figure> all = Figures.all();
        if (only.isEmpty()) {
            return all;
        }
        Set<String> known = new LinkedHashSet<>(Figures.ids());
        Set<String> unknown = new TreeSet<>(only);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("--only: unknown figure " + String.join(", ", unknown) + "; known: "
                    + String.join(", ", known));
        }
        return all.stream().filter(f -> only.contains(f.id())).toList();
    }

    /** Every distinct run of the figures and claims, in first-requested order. */
    static List<RunRequest> plan(List<Figure> figures, List<Claim> claims) {
        Map<String, RunRequest> plan = new LinkedHashMap<>();
        figures.forEach(f -> f.runs().forEach(r -> plan.putIfAbsent(r.id(), r)));
        claims.forEach(c -> c.runs().forEach(r -> plan.putIfAbsent(r.id(), r)));
        return new ArrayList<>(plan.values());
    }

    /** Fails before any work when a run names a method or problem this build does not have. */
    private static void checkAvailable(List<RunRequest> plan, List<Figure> figures, List<Claim> claims) {
        Set<String> lacking = new TreeSet<>();
        Set<String> users = new TreeSet<>();
        for (RunRequest r : plan) {
            boolean known = has(() -> Problems.get(r.spec().problem()), r.spec().problem(), lacking)
                    & has(() -> Methods.get(r.spec().method()), r.spec().method(), lacking);
            if (!known) {
                figures.stream().filter(f -> f.runs().contains(r)).forEach(f -> users.add(f.id()));
                claims.stream().filter(c -> c.runs().contains(r)).forEach(c -> users.add(c.figure()));
            }
        }
        if (!lacking.isEmpty()) {
            List<String> rest = Figures.ids().stream().filter(id -> !users.contains(id)).toList();
            throw new IllegalArgumentException("figure " + String.join(", ", users) + " needs " + String.join(", ",
                    lacking) + ", which this build does not have; leave it out with --only "
                    + String.join(",", rest));
        }
    }

    private static boolean has(Runnable lookup, String name, Set<String> lacking) {
        try {
            lookup.run();
            return true;
        } catch (IllegalArgumentException e) {
            lacking.add("'" + name + "'");
            return false;
        }
    }

    private static Report.Drawn draw(Figure f, Runs runs, Path out, boolean svg) throws IOException {
        List<Figure.Panel> panels = f.drawing().draw(runs);
        for (Figure.Panel p : panels) {
            ChartFiles.write(p.plot(), out, p.file(), true, svg);
        }
        return new Report.Drawn(f, panels);
    }
}
