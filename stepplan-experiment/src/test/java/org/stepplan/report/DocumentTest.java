package org.stepplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentTest {

    @TempDir
    Path dir;

    private static Document sample() {
        return new Document.Builder("T & “t”")
                .heading(2, "Check", "check")
                .paragraph("Run `a|b <c>`, **bold**, *em*, [the rows](#check), [csv](f.csv) and "
                        + Document.escape("w* = x_1 [1]"))
                .bullets(List.of(new Document.Item("top", List.of("`sub`")), new Document.Item("two", List.of())))
                .table(List.of(new Document.Cell("#", null), new Document.Cell("Verdict", null)),
                        List.of(new Document.Row("r1", List.of(new Document.Cell("1 `id`", null),
                                new Document.Cell("not reproduced", Document.Tone.BAD)))))
                .figure("f.png", "f", "Data: [f.csv](f.csv)")
                .build();
    }

    @Test
    void markdownKeepsTheMarkupEscapesTableBarsAndDropsLinksIntoTheDocument() throws Exception {
        StringWriter md = new StringWriter();
        MarkdownReport.write(sample(), md);
        assertThat(md.toString()).isEqualTo("""
                # T & “t”

                ## Check

                Run `a|b <c>`, **bold**, *em*, the rows, [csv](f.csv) and w\\* = x\\_1 \\[1\\]

                - top
                  - `sub`
                - two

                | # | Verdict |
                |---|---|
                | 1 `id` | **not reproduced** |

                ![f](f.png)

                Data: [f.csv](f.csv)
                """);
    }

    @Test
    void htmlRendersTheSameMarkupAsTagsWithAnchorsBadgesAndTheFigureInlined() throws Exception {
        Files.write(dir.resolve("f.png"), new byte[] {1, 2, 3});
        StringWriter html = new StringWriter();
        HtmlReport.writeSelfContained(sample(), dir, html);
        String body = html.toString().substring(html.toString().indexOf("<body>"));
        assertThat(body).isEqualTo("""
                <body>
                <h1>T &amp; “t”</h1>
                <h2 id="check">Check</h2>
                <p>Run <code>a|b &lt;c&gt;</code>, <b>bold</b>, <em>em</em>, <a href="#check">the rows</a>, \
                <a href="f.csv">csv</a> and w* = x_1 [1]</p>
                <ul>
                <li>top<ul><li><code>sub</code></li></ul></li>
                <li>two</li>
                </ul>
                <table><tr><th>#</th><th>Verdict</th></tr>
                <tr id="r1"><td>1 <code>id</code></td><td><span class="v bad">not reproduced</span></td></tr>
                </table>
                <figure><img src="data:image/png;base64,AQID" alt="f"><figcaption>Data: <a href="f.csv">f.csv</a>\
                </figcaption></figure>
                </body></html>
                """);
        assertThat(html.toString()).startsWith("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>T &amp; “t”</title>");
    }

    @Test
    void figuresWithoutCaptionAreLinkedUnlessInlined() throws Exception {
        Document d = new Document.Builder("t").figure("p.png", "profile", "").build();
        StringWriter html = new StringWriter();
        HtmlReport.write(d, html);
        assertThat(html.toString()).contains("<h1>t</h1>\n<figure><img src=\"p.png\" alt=\"profile\"></figure>\n</body>");
        StringWriter md = new StringWriter();
        MarkdownReport.write(d, md);
        assertThat(md.toString()).isEqualTo("# t\n\n![profile](p.png)\n");
    }

    @Test
    void proseKeepsItsCodeSpansAndEscapesTheRest() {
        assertThat(Document.prose("w* with `a*b` and x_1")).isEqualTo("w\\* with `a*b` and x\\_1");
        assertThatThrownBy(() -> Document.prose("an `unclosed span")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unclosed code span");
    }
}
