package org.stepplan.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link Document} as HTML ({@code report.html}): its figures linked from the same folder, or inlined as PNG
 * for one self-contained file.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;color:#222}
            table{border-collapse:collapse;margin:1em 0;font-size:0.9em}
            th,td{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}
            th{background:#f3f3f3}
            .v{font-weight:bold;white-space:nowrap;padding:1px 6px;border-radius:3px}
            .good{background:#d8f0d8}.mixed{background:#fff0c0}.bad{background:#f6d0d0}.neutral{background:#e4e4f4}
            img{max-width:100%;border:1px solid #ddd}
            code{font-size:0.9em}
            """;

    private HtmlReport() {
    }

    /** Writes the document, its figures linked (the PNG files beside it). */
    public static void write(Document d, Writer out) throws IOException {
        write(d, null, out);
    }

    /** Writes the document self-contained: the PNGs are read from {@code dir}, where the figures were written. */
    public static void writeSelfContained(Document d, Path dir, Writer out) throws IOException {
        write(d, dir, out);
    }

    private static void write(Document d, Path inlineFrom, Writer out) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(inline(d.title()))
                .append("</title>\n<style>").append(STYLE).append("</style></head><body>\n");
        b.append("<h1>").append(inline(d.title())).append("</h1>\n");
        for (Document.Block block : d.blocks()) {
            if (block instanceof Document.Heading h) {
                b.append("<h").append(h.level()).append(id(h.anchor())).append('>').append(inline(h.text()))
                        .append("</h").append(h.level()).append(">\n");
            } else if (block instanceof Document.Paragraph p) {
                b.append("<p>").append(inline(p.text())).append("</p>\n");
            } else if (block instanceof Document.Bullets l) {
                b.append("<ul>\n");
                for (Document.Item i : l.items()) {
                    b.append("<li>").append(inline(i.text()));
                    if (!i.items().isEmpty()) {
                        b.append("<ul>");
                        i.items().forEach(sub -> b.append("<li>").append(inline(sub)).append("</li>"));
                        b.append("</ul>");
                    }
                    b.append("</li>\n");
                }
                b.append("</ul>\n");
            } else if (block instanceof Document.Table t) {
                b.append("<table>");
                row(b, null, t.header(), "th");
                t.rows().forEach(r -> row(b, r.anchor(), r.cells(), "td"));
                b.append("</table>\n");
            } else if (block instanceof Document.Figure f) {
                b.append("<figure><img src=\"").append(inlineFrom == null ? esc(f.image()) : "data:image/png;base64,"
                        + Base64.getEncoder().encodeToString(Files.readAllBytes(inlineFrom.resolve(f.image()))))
                        .append("\" alt=\"").append(esc(f.alt())).append("\">");
                if (!f.caption().isEmpty()) {
                    b.append("<figcaption>").append(inline(f.caption())).append("</figcaption>");
                }
                b.append("</figure>\n");
            }
        }
        b.append("</body></html>\n");
        out.write(b.toString());
    }

    private static void row(StringBuilder b, String anchor, List<Document.Cell> cells, String tag) {
        b.append("<tr").append(id(anchor)).append('>');
        for (Document.Cell c : cells) {
            b.append('<').append(tag).append('>');
            if (c.badge() == null) {
                b.append(inline(c.text()));
            } else {
                b.append("<span class=\"v ").append(c.badge().name().toLowerCase(Locale.ROOT)).append("\">")
                        .append(esc(c.text()))
                        .append("</span>");
            }
            b.append("</").append(tag).append('>');
        }
        b.append("</tr>\n");
    }

    private static String id(String anchor) {
        return anchor == null ? "" : " id=\"" + esc(anchor) + "\"";
    }

    /** The HTML of inline markup (see {@link Document}). */
    static String inline(String m) {
        StringBuilder b = new StringBuilder();
        boolean strong = false;
        boolean em = false;
        for (int i = 0; i < m.length(); i++) {
            char c = m.charAt(i);
            int close;
            if (c == '\\' && i + 1 < m.length()) {
                b.append(esc(String.valueOf(m.charAt(++i))));
            } else if (c == '`' && (close = m.indexOf('`', i + 1)) > 0) {
                b.append("<code>").append(esc(m.substring(i + 1, close))).append("</code>");
                i = close;
            } else if (c == '*' && i + 1 < m.length() && m.charAt(i + 1) == '*') {
                b.append(strong ? "</b>" : "<b>");
                strong = !strong;
                i++;
            } else if (c == '*') {
                b.append(em ? "</em>" : "<em>");
                em = !em;
            } else if (c == '[' && (close = linkEnd(m, i)) > 0) {
                int middle = m.indexOf("](", i);
                b.append("<a href=\"").append(esc(m.substring(middle + 2, close))).append("\">")
                        .append(inline(m.substring(i + 1, middle))).append("</a>");
                i = close;
            } else {
                b.append(esc(String.valueOf(c)));
            }
        }
        return b.toString();
    }

    /** The index of the ')' ending a link {@code [text](href)} that starts at {@code open}, or -1. */
    private static int linkEnd(String m, int open) {
        for (int i = open + 1; i < m.length(); i++) {
            char c = m.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ']') {
                return i + 1 < m.length() && m.charAt(i + 1) == '(' ? m.indexOf(')', i) : -1;
            }
        }
        return -1;
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
