package org.stepplan.cli.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The report as a list of blocks (headings, paragraphs, bullet lists, tables, images), rendered once as Markdown
 * ({@code report.md}) and once as HTML ({@code report.html}, images linked from the same folder), so the two always
 * say the same. Text is plain; {@code `code`} spans are kept in Markdown and become {@code <code>} in HTML.
 */
final class BenchReport {

    private sealed interface Block permits Heading, Paragraph, Bullets, Table, Image {
    }

    private record Heading(int level, String text) implements Block {
    }

    private record Paragraph(String text) implements Block {
    }

    private record Bullets(List<String> items) implements Block {
    }

    private record Table(List<String> header, List<List<String>> rows) implements Block {
    }

    private record Image(String alt, String file) implements Block {
    }

    private final List<Block> blocks = new ArrayList<>();

    BenchReport heading(int level, String text) {
        blocks.add(new Heading(level, text));
        return this;
    }

    BenchReport paragraph(String text) {
        blocks.add(new Paragraph(text));
        return this;
    }

    BenchReport bullets(List<String> items) {
        blocks.add(new Bullets(List.copyOf(items)));
        return this;
    }

    BenchReport table(List<String> header, List<List<String>> rows) {
        blocks.add(new Table(List.copyOf(header), List.copyOf(rows)));
        return this;
    }

    BenchReport image(String alt, String file) {
        blocks.add(new Image(alt, file));
        return this;
    }

    String markdown() {
        StringBuilder b = new StringBuilder();
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                b.append("#".repeat(h.level())).append(' ').append(h.text()).append("\n\n");
            } else if (block instanceof Paragraph p) {
                b.append(p.text()).append("\n\n");
            } else if (block instanceof Bullets l) {
                l.items().forEach(i -> b.append("- ").append(i).append('\n'));
                b.append('\n');
            } else if (block instanceof Table t) {
                b.append("| ").append(String.join(" | ", t.header())).append(" |\n|");
                t.header().forEach(h -> b.append("---|"));
                b.append('\n');
                t.rows().forEach(r -> b.append("| ").append(String.join(" | ", r)).append(" |\n"));
                b.append('\n');
            } else if (block instanceof Image i) {
                b.append("![").append(i.alt()).append("](").append(i.file()).append(")\n\n");
            }
        }
        return b.toString();
    }

    String html(String title) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title)).append("</title>\n<style>body{font-family:system-ui,sans-serif;max-width:1200px;"
                        + "margin:2em auto;padding:0 1em;color:#222}table{border-collapse:collapse;font-size:0.9em}"
                        + "th,td{border:1px solid #ccc;padding:3px 6px;text-align:left}th{background:#f3f3f3}"
                        + "img{max-width:100%;border:1px solid #ddd}</style></head><body>\n");
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                b.append("<h").append(h.level()).append('>').append(inline(h.text())).append("</h")
                        .append(h.level()).append(">\n");
            } else if (block instanceof Paragraph p) {
                b.append("<p>").append(inline(p.text())).append("</p>\n");
            } else if (block instanceof Bullets l) {
                b.append("<ul>\n");
                l.items().forEach(i -> b.append("<li>").append(inline(i)).append("</li>\n"));
                b.append("</ul>\n");
            } else if (block instanceof Table t) {
                b.append("<table><tr>");
                t.header().forEach(h -> b.append("<th>").append(inline(h)).append("</th>"));
                b.append("</tr>\n");
                for (List<String> r : t.rows()) {
                    b.append("<tr>");
                    r.forEach(c -> b.append("<td>").append(inline(c)).append("</td>"));
                    b.append("</tr>\n");
                }
                b.append("</table>\n");
            } else if (block instanceof Image i) {
                b.append("<p><img src=\"").append(esc(i.file())).append("\" alt=\"").append(esc(i.alt()))
                        .append("\"></p>\n");
            }
        }
        return b.append("</body></html>\n").toString();
    }

    /** Escapes the text and turns {@code `x`} into {@code <code>x</code>}. */
    private static String inline(String text) {
        String[] parts = esc(text).split("`", -1);
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            b.append(i % 2 == 1 ? "<code>" : "</code>").append(parts[i]);
        }
        return b.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
