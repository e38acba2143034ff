package org.stepplan.paper.report;

import static org.stepplan.paper.runs.Metrics.fmt;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import org.stepplan.paper.claims.Claim;
import org.stepplan.paper.claims.ClaimRow;
import org.stepplan.paper.claims.Verdict;
import org.stepplan.paper.figures.Figure;
import org.stepplan.paper.runs.Measured;
import org.stepplan.paper.runs.RunRequest;
import org.stepplan.run.Result;

/** {@code report.md}: the claims table, the figures (linked), the readings, the runs and the environment. */
public final class MarkdownReport {

    static final String TITLE = "Reproduction of Yao (2022), “Learning to Accelerate by the Methods of Step-size "
            + "Planning”";

    private MarkdownReport() {
    }

    public static void write(Report report, Writer out) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(TITLE).append("\n\n");
        b.append("Written by `stepplan reproduce`. Every value in the *Ours* column is computed from runs made "
                + "through the code path of `stepplan run`; section *How to check a row* lists, for each row, the "
                + "`stepplan run` commands that print its inputs. All problems are deterministic: no random "
                + "numbers are drawn, and every run uses the default seed 0, so the numbers are the same on every "
                + "machine and for every thread count.\n\n");
        b.append("## Summary\n\n| Verdict | Claims |\n|---|---|\n");
        for (Map.Entry<Verdict, Integer> e : report.tally().entrySet()) {
            b.append("| ").append(e.getKey().label()).append(" | ").append(e.getValue()).append(" |\n");
        }
        b.append("| total | ").append(report.rows().size()).append(" |\n\n");
        b.append("## Verdict rules\n\n").append(Verdict.RULES).append("\n\n");
        b.append("## Claims\n\n| # | Where | Claim | Paper | Ours | Verdict | Explanation |\n"
                + "|---|---|---|---|---|---|---|\n");
        int n = 1;
        for (ClaimRow row : report.rows()) {
            Claim c = row.claim();
            Claim.Finding f = row.finding();
            b.append("| ").append(n++).append(" `").append(c.id()).append("` | ").append(cell(c.where()))
                    .append(" | “").append(cell(c.quote())).append("” | ").append(cell(c.paper())).append(" | ")
                    .append(cell(f.ours())).append(" | **").append(f.verdict().label()).append("** | ")
                    .append(cell(f.explanation())).append(" |\n");
        }
        b.append("\n## Figures\n\n");
        for (Report.Drawn d : report.figures()) {
            b.append("### Figure ").append(d.figure().id()).append(": ").append(d.figure().title()).append("\n\n");
            b.append(d.figure().shows()).append("\n\n");
            for (Figure.Panel p : d.panels()) {
                b.append("![").append(p.file()).append("](").append(p.file()).append(".png)\n\n");
                b.append("Data: [").append(p.file()).append(".csv](").append(p.file()).append(".csv) · vector: [")
                        .append(p.file()).append(".svg](").append(p.file()).append(".svg)\n\n");
            }
        }
        b.append("## Readings of the paper\n\nWhere the paper is ambiguous, the reading used and why "
                + "(methods.md §10c').\n\n");
        for (Readings.Reading r : Readings.ALL) {
            b.append("- **").append(r.topic()).append(".** ").append(r.text()).append('\n');
        }
        b.append("\n## How to check a row\n\n");
        for (ClaimRow row : report.rows()) {
            b.append("- `").append(row.claim().id()).append("`");
            if (row.claim().runs().isEmpty()) {
                b.append(": no `stepplan run` (see the explanation)\n");
                continue;
            }
            b.append(":\n");
            for (RunRequest r : row.claim().runs()) {
                b.append("  - `").append(r.command()).append(" --json`\n");
            }
        }
        b.append("\n## Runs\n\n").append(report.runs().size()).append(" runs, each at most 20,000 iterations, "
                + "stopping early at exactly zero error or at the first non-finite value.\n\n");
        b.append("| Run | Method | Status | Iterations | Gradient evaluations | Final error |\n"
                + "|---|---|---|---|---|---|\n");
        for (Measured m : report.runs()) {
            Result r = m.result();
            b.append("| ").append(cell(m.label())).append(" | `").append(r.method()).append("` on `")
                    .append(m.outcome().problem().name()).append("` | ").append(r.status().label()).append(" | ")
                    .append(fmt(r.iterations())).append(" | ").append(fmt(r.gradEvals())).append(" | ")
                    .append(fmt(r.error())).append(" |\n");
        }
        b.append("\n## ").append(Report.ENVIRONMENT_HEADING).append("\n\n");
        b.append("Command: `").append(report.command()).append("`\n\n");
        b.append(String.format(Locale.ROOT, "Wall time: %.1f s\n\n", report.wallSeconds()));
        report.environment().forEach((k, v) -> b.append("- ").append(k).append(": ").append(v).append('\n'));
        out.write(b.toString());
    }

    private static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
                .replace("\n", " ");
    }
}
