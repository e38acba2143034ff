package org.stepplan.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/** Renders a {@link Document} as Markdown ({@code report.md}); links into the document keep only their text. */
public final class MarkdownReport {

    /** A link to an anchor of the document: {@code [text](#id)}, not preceded by a backslash. */
    private static final Pattern INTERNAL_LINK = Pattern.compile("(?<!\\\\)\\[((?:\\\\.|[^\\]\\\\])*)]\\(#[^)]*\\)");

    private MarkdownReport() {
    }

    public static void write(Document d, Writer out) throws IOException {
        StringBuilder b = new StringBuilder("# ").append(text(d.title())).append("\n\n");
        for (Document.Block block : d.blocks()) {
            if (block instanceof Document.Heading h) {
                b.append("#".repeat(h.level())).append(' ').append(text(h.text())).append("\n\n");
            } else if (block instanceof Document.Paragraph p) {
                b.append(text(p.text())).append("\n\n");
            } else if (block instanceof Document.Bullets l) {
                for (Document.Item i : l.items()) {
                    b.append("- ").append(text(i.text())).append('\n');
                    i.items().forEach(sub -> b.append("  - ").append(text(sub)).append('\n'));
                }
                b.append('\n');
            } else if (block instanceof Document.Table t) {
                row(b, t.header());
                b.append('|').append("---|".repeat(t.header().size())).append('\n');
                t.rows().forEach(r -> row(b, r.cells()));
                b.append('\n');
            } else if (block instanceof Document.Figure f) {
                b.append("![").append(f.alt()).append("](").append(f.image()).append(")\n\n");
                if (!f.caption().isEmpty()) {
                    b.append(text(f.caption())).append("\n\n");
                }
            }
        }
        out.write(b.toString().stripTrailing() + "\n");
    }

    private static void row(StringBuilder b, List<Document.Cell> cells) {
        for (Document.Cell c : cells) {
            String text = c.badge() == null ? text(c.text()) : "**" + c.text() + "**";
            b.append("| ").append(text.replace("|", "\\|").replace("\n", " ")).append(' ');
        }
        b.append("|\n");
    }

    private static String text(String markup) {
        return INTERNAL_LINK.matcher(markup).replaceAll("$1");
    }
}
