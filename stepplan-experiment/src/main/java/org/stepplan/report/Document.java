package org.stepplan.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report as one model, rendered as Markdown ({@link MarkdownReport}) and as HTML ({@link HtmlReport}), so the two
 * always say the same (the reports of {@code reproduce} and {@code bench}). Text is inline markup: {@code `code`}, {@code **strong**}, {@code *emphasis*},
 * {@code [text](href)} (an {@code #anchor} href points into the document) and backslash escapes; data goes in through
 * {@link #escape}.
 *
 * @param title  the document's title
 * @param blocks its blocks, in order
 */
public record Document(String title, List<Block> blocks) {

    public Document {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }

    /** One block of the document. */
    public sealed interface Block permits Heading, Paragraph, Bullets, Table, Figure {
    }

    /**
     * A heading.
     *
     * @param level  1 to 6
     * @param text   markup
     * @param anchor an id links can point to, or null
     */
    public record Heading(int level, String text, String anchor) implements Block {
    }

    /** A paragraph of markup. */
    public record Paragraph(String text) implements Block {
    }

    /** A bullet list. */
    public record Bullets(List<Item> items) implements Block {
    }

    /**
     * A bullet: markup with an optional nested list.
     *
     * @param text  markup
     * @param items nested bullets (markup), possibly none
     */
    public record Item(String text, List<String> items) {
    }

    /** A table with a header row. */
    public record Table(List<Cell> header, List<Row> rows) implements Block {
    }

    /**
     * A table row.
     *
     * @param anchor an id links can point to, or null
     * @param cells  its cells
     */
    public record Row(String anchor, List<Cell> cells) {
    }

    /**
     * A table cell: markup, or a badge (a label marked with a tone: bold in Markdown, a coloured label in HTML).
     *
     * @param text  markup, or the badge's label
     * @param badge the badge's tone, or null for plain markup
     */
    public record Cell(String text, Tone badge) {
    }

    /** How a badge reads: good, mixed, bad, or neutral. */
    public enum Tone {
        GOOD, MIXED, BAD, NEUTRAL
    }

    /**
     * A picture with a caption.
     *
     * @param image   the PNG file, relative to the document
     * @param alt     its alternative text
     * @param caption markup, or empty for none
     */
    public record Figure(String image, String alt, String caption) implements Block {
    }

    /** Markup that shows {@code plain} as it is: the markup characters escaped. */
    public static String escape(String plain) {
        StringBuilder b = new StringBuilder(plain.length());
        for (char c : plain.toCharArray()) {
            if ("\\`*_[]".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Markup of prose whose {@code `code`} spans stay code spans; every other markup character shows as it is. */
    public static String prose(String text) {
        String[] parts = text.split("`", -1);
        if (parts.length % 2 == 0) {
            throw new IllegalArgumentException("an unclosed code span: " + text);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            b.append(i % 2 == 0 ? escape(parts[i]) : code(parts[i]));
        }
        return b.toString();
    }

    /** {@code code} as a code span. */
    public static String code(String code) {
        if (code.indexOf('`') >= 0) {
            throw new IllegalArgumentException("a code span cannot hold a backtick: " + code);
        }
        return "`" + code + "`";
    }

    /** Bullets of markup, none nested. */
    public static List<Item> items(List<String> markup) {
        return markup.stream().map(m -> new Item(m, List.of())).toList();
    }

    /** Cells of markup. */
    public static List<Cell> cells(List<String> markup) {
        return markup.stream().map(m -> new Cell(m, null)).toList();
    }

    /** Rows of markup cells, without anchors. */
    public static List<Row> rows(List<List<String>> markup) {
        return markup.stream().map(r -> new Row(null, cells(r))).toList();
    }

    /** Builds a document block by block. */
    public static final class Builder {
        private final String title;
        private final List<Block> blocks = new ArrayList<>();

        public Builder(String title) {
            this.title = title;
        }

        public Builder heading(int level, String text) {
            return heading(level, text, null);
        }

        public Builder heading(int level, String text, String anchor) {
            blocks.add(new Heading(level, text, anchor));
            return this;
        }

        public Builder paragraph(String text) {
            blocks.add(new Paragraph(text));
            return this;
        }

        public Builder bullets(List<Item> items) {
            blocks.add(new Bullets(List.copyOf(items)));
            return this;
        }

        public Builder table(List<Cell> header, List<Row> rows) {
            blocks.add(new Table(List.copyOf(header), List.copyOf(rows)));
            return this;
        }

        public Builder figure(String image, String alt, String caption) {
            blocks.add(new Figure(image, alt, caption));
            return this;
        }

        public Document build() {
            return new Document(title, blocks);
        }
    }
}
