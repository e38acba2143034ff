package org.stepplan.paper.report;

import static org.stepplan.paper.runs.Metrics.fmt;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.stepplan.paper.claims.Claim;
import org.stepplan.paper.claims.ClaimRow;
import org.stepplan.paper.claims.Verdict;
import org.stepplan.paper.figures.Figure;
import org.stepplan.paper.runs.Measured;
import org.stepplan.paper.runs.RunRequest;
import org.stepplan.run.Result;

/** {@code report.html}: the same content as {@code report.md}, self-contained, with the figures inlined as PNG. */
public final class HtmlReport {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;color:#222}
            table{border-collapse:collapse;margin:1em 0;font-size:0.9em}
            th,td{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}
            th{background:#f3f3f3}
            .v{font-weight:bold;white-space:nowrap;padding:1px 6px;border-radius:3px}
            .reproduced{background:#d8f0d8}.close{background:#fff0c0}
            .not-reproduced{background:#f6d0d0}.cited{background:#e4e4f4}
            img{max-width:100%;border:1px solid #ddd}
            code{font-size:0.9em}
            """;

    private HtmlReport() {
    }

    /** Writes the report; the PNGs are read from {@code dir}, where the figures were written. */
    public static void write(Report report, Path dir, Writer out) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(MarkdownReport.TITLE)).append("</title>\n<style>").append(STYLE)
                .append("</style></head><body>\n");
        b.append("<h1>").append(esc(MarkdownReport.TITLE)).append("</h1>\n");
        b.append("<p>Written by <code>stepplan reproduce</code>. Every value in the <em>Ours</em> column is computed "
                + "from runs made through the code path of <code>stepplan run</code>; <a href=\"#check\">How to "
                + "check a row</a> lists the <code>stepplan run</code> commands behind each row. All problems are "
                + "deterministic and every run uses the default seed 0.</p>\n");
        b.append("<h2>Summary</h2>\n<table><tr><th>Verdict</th><th>Claims</th></tr>\n");
        for (Map.Entry<Verdict, Integer> e : report.tally().entrySet()) {
            b.append("<tr><td>").append(badge(e.getKey())).append("</td><td>").append(e.getValue())
                    .append("</td></tr>\n");
        }
        b.append("<tr><td>total</td><td>").append(report.rows().size()).append("</td></tr></table>\n");
        b.append("<h2>Verdict rules</h2>\n<ul>\n");
        for (String line : Verdict.RULES.split("\n")) {
            b.append("<li>").append(inline(line.substring(2))).append("</li>\n");
        }
        b.append("</ul>\n<h2>Claims</h2>\n<table><tr><th>#</th><th>Where</th><th>Claim</th><th>Paper</th>"
                + "<th>Ours</th><th>Verdict</th><th>Explanation</th></tr>\n");
        int n = 1;
        for (ClaimRow row : report.rows()) {
            Claim c = row.claim();
            Claim.Finding f = row.finding();
            b.append("<tr id=\"").append(esc(c.id())).append("\"><td>").append(n++).append("<br><code>")
                    .append(esc(c.id())).append("</code></td><td>").append(esc(c.where())).append("</td><td>“")
                    .append(esc(c.quote())).append("”</td><td>").append(esc(c.paper())).append("</td><td>")
                    .append(esc(f.ours())).append("</td><td>").append(badge(f.verdict())).append("</td><td>")
                    .append(esc(f.explanation())).append("</td></tr>\n");
        }
        b.append("</table>\n<h2>Figures</h2>\n");
        for (Report.Drawn d : report.figures()) {
            b.append("<h3>Figure ").append(esc(d.figure().id())).append(": ").append(esc(d.figure().title()))
                    .append("</h3>\n<p>").append(esc(d.figure().shows())).append("</p>\n");
            for (Figure.Panel p : d.panels()) {
                byte[] png = Files.readAllBytes(dir.resolve(p.file() + ".png"));
                b.append("<figure><img alt=\"").append(esc(p.file())).append("\" src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(png)).append("\"><figcaption>").append(esc(p.file()))
                        .append(" · data <a href=\"").append(esc(p.file())).append(".csv\">").append(esc(p.file()))
                        .append(".csv</a> · vector <a href=\"").append(esc(p.file())).append(".svg\">")
                        .append(esc(p.file())).append(".svg</a></figcaption></figure>\n");
            }
        }
        b.append("<h2>Readings of the paper</h2>\n<p>Where the paper is ambiguous, the reading used and why "
                + "(methods.md §10c').</p>\n<ul>\n");
        for (Readings.Reading r : Readings.ALL) {
            b.append("<li><b>").append(esc(r.topic())).append(".</b> ").append(esc(r.text())).append("</li>\n");
        }
        b.append("</ul>\n<h2 id=\"check\">How to check a row</h2>\n<ul>\n");
        for (ClaimRow row : report.rows()) {
            b.append("<li><a href=\"#").append(esc(row.claim().id())).append("\"><code>").append(esc(row.claim().id()))
                    .append("</code></a>");
            if (row.claim().runs().isEmpty()) {
                b.append(": no <code>stepplan run</code> (see the explanation)</li>\n");
                continue;
            }
            b.append("<ul>");
            for (RunRequest r : row.claim().runs()) {
                b.append("<li><code>").append(esc(r.command())).append(" --json</code></li>");
            }
            b.append("</ul></li>\n");
        }
        b.append("</ul>\n<h2>Runs</h2>\n<p>").append(report.runs().size()).append(" runs, each at most 20,000 "
                + "iterations, stopping early at exactly zero error or at the first non-finite value.</p>\n");
        b.append("<table><tr><th>Run</th><th>Method</th><th>Status</th><th>Iterations</th>"
                + "<th>Gradient evaluations</th><th>Final error</th></tr>\n");
        for (Measured m : report.runs()) {
            Result r = m.result();
            b.append("<tr><td>").append(esc(m.label())).append("</td><td><code>").append(esc(r.method()))
                    .append("</code> on <code>").append(esc(m.outcome().problem().name())).append("</code></td><td>")
                    .append(r.status().label()).append("</td><td>").append(fmt(r.iterations())).append("</td><td>")
                    .append(fmt(r.gradEvals())).append("</td><td>").append(fmt(r.error())).append("</td></tr>\n");
        }
        b.append("</table>\n<h2 id=\"environment\">").append(Report.ENVIRONMENT_HEADING).append("</h2>\n");
        b.append("<p>Command: <code>").append(esc(report.command())).append("</code></p>\n");
        b.append(String.format(Locale.ROOT, "<p>Wall time: %.1f s</p>\n<ul>\n", report.wallSeconds()));
        report.environment().forEach((k, v) -> b.append("<li>").append(esc(k)).append(": ").append(esc(v))
                .append("</li>\n"));
        b.append("</ul>\n</body></html>\n");
        out.write(b.toString());
    }

    private static String badge(Verdict v) {
        return "<span class=\"v " + v.name().toLowerCase(Locale.ROOT).replace('_', '-')
                + "\">" + esc(v.label()) + "</span>";
    }

    /** Escapes, then renders the rules' **bold** and *italic* markers. */
    private static String inline(String md) {
        return esc(md).replaceAll("\\*\\*(.+?)\\*\\*", "<b>$1</b>").replaceAll("\\*(.+?)\\*", "<em>$1</em>");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
