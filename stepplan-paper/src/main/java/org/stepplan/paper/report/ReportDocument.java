package org.stepplan.paper.report;

import static org.stepplan.report.Document.cells;
import static org.stepplan.report.Document.code;
import static org.stepplan.report.Document.escape;
import static org.stepplan.report.Document.items;
import static org.stepplan.report.Document.prose;
import static org.stepplan.paper.runs.Metrics.fmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stepplan.paper.claims.Claim;
import org.stepplan.paper.claims.ClaimRow;
import org.stepplan.paper.claims.Verdict;
import org.stepplan.paper.figures.Figure;
import org.stepplan.paper.runs.Measured;
import org.stepplan.paper.runs.PaperRuns;
import org.stepplan.paper.runs.RunRequest;
import org.stepplan.report.Document;
import org.stepplan.run.Result;

/**
 * What the report says, written once: the summary, the verdict rules, the claims table, the figures, the readings
 * of the paper, the commands behind each row, the runs and, last, the environment.
 */
public final class ReportDocument {

    /** The report's title. */
    public static final String TITLE = "Reproduction of Yao (2022), “Learning to Accelerate by the Methods of "
            + "Step-size Planning”";

    private ReportDocument() {
    }

    public static Document of(Report report) {
        Document.Builder d = new Document.Builder(TITLE);
        d.paragraph("Written by `stepplan reproduce`. Every value in the *Ours* column is computed from runs made "
                + "through the code path of `stepplan run`; section [How to check a row](#check) lists, for each "
                + "row, the `stepplan run` commands that print its inputs. All problems are deterministic: no "
                + "random numbers are drawn, and every run uses the default seed 0, so the numbers are the same on "
                + "every machine and for every thread count.");
        summary(d, report);
        d.heading(2, "Verdict rules");
        d.bullets(items(Verdict.RULES.lines().map(l -> l.substring(2)).toList()));
        claims(d, report.rows());
        d.heading(2, "Figures");
        for (Report.Drawn drawn : report.figures()) {
            Figure f = drawn.figure();
            d.heading(3, "Figure " + escape(f.id()) + ": " + escape(f.title()));
            d.paragraph(escape(f.shows()));
            for (Figure.Panel p : drawn.panels()) {
                String name = escape(p.file());
                d.figure(p.file() + ".png", p.file(), "Data: [" + name + ".csv](" + p.file() + ".csv)"
                        + (report.svg() ? " · vector: [" + name + ".svg](" + p.file() + ".svg)" : ""));
            }
        }
        d.heading(2, "Readings of the paper");
        d.paragraph("Where the paper is ambiguous, the reading used and why (methods.md §10c').");
        d.bullets(items(Readings.ALL.stream().map(r -> "**" + escape(r.topic()) + ".** " + prose(r.text())).toList()));
        commands(d, report.rows());
        runs(d, report.runs());
        d.heading(2, Report.ENVIRONMENT_HEADING, "environment");
        d.paragraph("Command: " + code(report.command()));
        d.paragraph(String.format(Locale.ROOT, "Wall time: %.1f s", report.wallSeconds()));
        d.bullets(items(report.environment().entrySet().stream()
                .map(e -> escape(e.getKey()) + ": " + escape(e.getValue())).toList()));
        return d.build();
    }

    private static void summary(Document.Builder d, Report report) {
        d.heading(2, "Summary");
        List<Document.Row> rows = new ArrayList<>();
        for (Map.Entry<Verdict, Integer> e : report.tally().entrySet()) {
            rows.add(new Document.Row(null, List.of(badge(e.getKey()), cell(e.getValue().toString()))));
        }
        rows.add(new Document.Row(null, List.of(cell("total"), cell(Integer.toString(report.rows().size())))));
        d.table(cells(List.of("Verdict", "Claims")), rows);
    }

    private static void claims(Document.Builder d, List<ClaimRow> claimRows) {
        d.heading(2, "Claims");
        List<Document.Row> rows = new ArrayList<>();
        int n = 1;
        for (ClaimRow row : claimRows) {
            Claim c = row.claim();
            Claim.Finding f = row.finding();
            rows.add(new Document.Row(c.id(), List.of(cell(n++ + " " + code(c.id())), cell(escape(c.where())),
                    cell("“" + escape(c.quote()) + "”"), cell(escape(c.paper())), cell(escape(f.ours())),
                    badge(f.verdict()), cell(escape(f.explanation())))));
        }
        d.table(cells(List.of("#", "Where", "Claim", "Paper", "Ours", "Verdict", "Explanation")), rows);
    }

    private static void commands(Document.Builder d, List<ClaimRow> rows) {
        d.heading(2, "How to check a row", "check");
        List<Document.Item> items = new ArrayList<>();
        for (ClaimRow row : rows) {
            Claim c = row.claim();
            String id = "[" + code(c.id()) + "](#" + c.id() + ")";
            items.add(c.runs().isEmpty() ? item(id + ": no `stepplan run` (see the explanation)")
                    : new Document.Item(id + ":", c.runs().stream().map(r -> code(r.command() + " --json")).toList()));
        }
        d.bullets(items);
    }

    private static void runs(Document.Builder d, List<Measured> measured) {
        d.heading(2, "Runs");
        d.paragraph(measured.size() + " runs, each at most " + fmt(PaperRuns.ITERATIONS) + " iterations, stopping "
                + "early at exactly zero error (the runs past zero error " + PaperRuns.PAST_ZERO_PLANS + " plans "
                + "later) or at the first non-finite value.");
        List<Document.Row> rows = new ArrayList<>();
        for (Measured m : measured) {
            Result r = m.result();
            rows.add(new Document.Row(null, List.of(cell(escape(m.label())), cell(code(r.method()) + " on "
                    + code(m.outcome().problem().name())), cell(r.status().label()), cell(fmt(r.iterations())),
                    cell(fmt(r.gradEvals())), cell(fmt(r.error())))));
        }
        d.table(cells(List.of("Run", "Method", "Status", "Iterations", "Gradient evaluations", "Final error")),
                rows);
    }

    private static Document.Item item(String markup) {
        return new Document.Item(markup, List.of());
    }

    private static Document.Cell cell(String markup) {
        return new Document.Cell(markup, null);
    }

    private static Document.Cell badge(Verdict v) {
        return new Document.Cell(v.label(), switch (v) {
            case REPRODUCED -> Document.Tone.GOOD;
            case CLOSE -> Document.Tone.MIXED;
            case NOT_REPRODUCED -> Document.Tone.BAD;
            case CITED -> Document.Tone.NEUTRAL;
        });
    }
}
