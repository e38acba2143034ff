package org.stepplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outputs of {@code stepplan reproduce} do not depend on the thread count (the run environment aside). */
class ReproduceDeterminismTest {

    @TempDir
    Path tmp;

    @Test
    void oneAndTwoThreadsWriteByteIdenticalFilesApartFromTheRunEnvironmentSection() throws Exception {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        assertThat(CliHarness.run("reproduce", "--out", one.toString(), "--only", "5b,7a,8", "--threads", "1", "--svg")
                .exit()).isEqualTo(0);
        assertThat(CliHarness.run("reproduce", "--out", two.toString(), "--only", "5b,7a,8", "--threads", "2", "--svg")
                .exit()).isEqualTo(0);
        List<String> names;
        try (Stream<Path> files = Files.list(one)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        try (Stream<Path> files = Files.list(two)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).isEqualTo(names);
        }
        assertThat(names).contains("fig5b.png", "fig5b.svg", "fig5b.csv", "fig7a-evals.csv", "fig8b.svg",
                "claims.json", "report.md", "report.html", "manifest.json");
        for (String name : names) {
            if (name.startsWith("report.")) {
                String marker = name.endsWith(".md") ? "## Run environment" : "<h2 id=\"environment\">";
                assertThat(beforeEnvironment(one.resolve(name), marker)).as(name)
                        .isEqualTo(beforeEnvironment(two.resolve(name), marker));
            } else if (name.equals("manifest.json")) { // the hashes of the reports differ with their environment
                assertThat(Files.readAllLines(two.resolve(name)).stream().filter(l -> !l.contains("\"report."))
                        .toList()).isEqualTo(Files.readAllLines(one.resolve(name)).stream()
                        .filter(l -> !l.contains("\"report.")).toList());
            } else {
                assertThat(Files.readAllBytes(two.resolve(name))).as(name).isEqualTo(Files.readAllBytes(
                        one.resolve(name)));
            }
        }
    }

    private static String beforeEnvironment(Path file, String marker) throws Exception {
        String text = Files.readString(file);
        int at = text.indexOf(marker);
        assertThat(at).isPositive();
        return text.substring(0, at);
    }
}
