package org.stepplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stepplan bench}: every file present and well-formed, and identical for one and two threads. */
class BenchCommandTest {

    @TempDir
    Path tmp;

    private static CliHarness bench(Path out, int threads) {
        return CliHarness.run("bench", "--suite", "quadratics", "--methods", "lbfgs,gd,csawg", "--budget", "150",
                "--out", out.toString(), "--threads", Integer.toString(threads));
    }

    @Test
    void oneAndTwoThreadsWriteByteIdenticalFilesApartFromTiming() throws Exception {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        CliHarness first = bench(one, 1);
        assertThat(first.exit()).as(first.err()).isEqualTo(0);
        assertThat(bench(two, 2).exit()).isEqualTo(0);
        List<String> names = relativeFiles(one);
        assertThat(relativeFiles(two)).isEqualTo(names);
        assertThat(names).contains("results.csv", "timing.csv", "report.md", "report.html",
                "performance-quadratics.png", "performance-quadratics.svg", "performance-quadratics.csv",
                "data-quadratics.png", "data-quadratics.svg", "data-quadratics.csv",
                "convergence/rq-d50-k1e2.png", "convergence/rq-d1000-k1e4.csv");
        for (String name : names) {
            if (!name.equals("timing.csv")) {
                assertThat(Files.readAllBytes(two.resolve(name))).as(name)
                        .isEqualTo(Files.readAllBytes(one.resolve(name)));
            }
        }
    }

    @Test
    void resultsHaveOneRowPerRunAndTheReportATablePerSuite() throws Exception {
        Path out = tmp.resolve("out");
        CliHarness r = bench(out, 2);
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        List<String> rows = Files.readAllLines(out.resolve("results.csv"));
        // 6 quadratics x (lbfgs 1 + gd 4 + csawg 3 settings)
        assertThat(rows).hasSize(1 + 6 * 8);
        assertThat(rows.get(0)).startsWith("suite,problem,dimension,method,setting,chosen,status,evaluations,");
        assertThat(rows.stream().skip(1).filter(l -> l.contains(",true,"))).hasSize(6 * 3);
        assertThat(rows.stream().skip(1).filter(l -> l.startsWith("quadratics,rq-d50-k1e2,50,lbfgs,defaults,true,")))
                .hasSize(1);
        String md = Files.readString(out.resolve("report.md"));
        assertThat(md).contains("## Suite quadratics (6 problems)", "![performance profile quadratics]",
                "(best of 4)", "quasi-Newton: lbfgs");
        assertThat(Files.readString(out.resolve("report.html"))).contains("<img src=\"data-quadratics.png\"");
        assertThat(Files.readAllBytes(out.resolve("performance-quadratics.png"))).startsWith(0x89, 'P', 'N', 'G');
        assertThat(r.err()).contains("runs");
    }

    @Test
    void aNonEmptyOutputFolderIsRefusedWithoutForce() throws Exception {
        Path out = tmp.resolve("full");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "mine");
        CliHarness r = bench(out, 1);
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().strip()).startsWith("stepplan: --out").contains("not empty").doesNotContain("\n");
        assertThat(CliHarness.run("bench", "--suite", "nope", "--out", tmp.resolve("x").toString()).err())
                .contains("unknown suite 'nope'");
    }

    @Test
    void listMarksTheCommonsMath3PeersExternal() {
        String list = CliHarness.run("list").out();
        assertThat(list).contains("  cm3-cg-pr [external] - ", "  cm3-cg-fr [external] - ",
                "  cm3-nelder-mead [external] - ", "  lbfgs - ");
        assertThat(list).doesNotContain("lbfgs [external]");
    }

    private static List<String> relativeFiles(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
