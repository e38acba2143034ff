package org.stepplan.cli;

/**
 * Makes a message safe to print as one line on a terminal: control characters (C0, DEL, C1, and the Unicode line and
 * paragraph separators) become visible escapes ({@code \n}, {@code \t}, {@code \x1b}, {@code \u2028}), so nothing a
 * user typed can break the line or drive the terminal; and any word (a run without spaces, such as an echoed value)
 * longer than {@link #MAX_WORD} characters is cut to its first {@link #KEPT} characters and a note of its length (closing punctuation kept).
 */
public final class OneLine {

    /** The longest word kept whole. */
    public static final int MAX_WORD = 120;
    /** The characters kept of a longer word. */
    public static final int KEPT = 60;

    private OneLine() {
    }

    /** {@code message}, escaped and cut. */
    public static String of(String message) {
        if (message == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int wordStart = 0;
        int i = 0;
        while (i <= message.length()) {
            if (i == message.length() || message.charAt(i) == ' ') {
                appendWord(out, message.substring(wordStart, i));
                if (i < message.length()) {
                    out.append(' ');
                }
                wordStart = i + 1;
            }
            i++;
        }
        return out.toString();
    }

    private static void appendWord(StringBuilder out, String word) {
        String escaped = escape(word);
        if (escaped.length() <= MAX_WORD) {
            out.append(escaped);
        } else {
            int end = escaped.length(); // keep closing punctuation, such as the quote and semicolon after a value
            while (end > KEPT && end > escaped.length() - 3 && "'\";:,)".indexOf(escaped.charAt(end - 1)) >= 0) {
                end--;
            }
            out.append(escaped, 0, KEPT).append("...(").append(word.length()).append(" characters)")
                    .append(escaped, end, escaped.length());
        }
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
