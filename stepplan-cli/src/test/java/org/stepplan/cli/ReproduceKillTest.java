package org.stepplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reproduce} killed with {@code kill -9} at three moments leaves no partial result: the output folder does
 * not exist until the staged result is renamed into place, the next run sweeps the dead runs' staging folders and
 * succeeds without {@code --force}, and its manifest lists exactly the files it wrote.
 */
class ReproduceKillTest {

    @TempDir
    Path dir;

    @Test
    void killedRunsLeaveNothingAndTheRerunWorksWithoutForce() throws Exception {
        Path logs = Files.createDirectory(dir.resolve("logs"));
        String[] args = {"reproduce", "--out", "out", "--only", "5b", "--threads", "1", "--svg"};
        for (int stagedFiles : new int[] {0, 1, 3}) { // at the start, after the first file, after the figure
            Process p = Subprocess.start(dir, logs, args);
            try {
                while (staged() < stagedFiles || staging().isEmpty()) {
                    assertThat(p.isAlive()).as("ended before " + stagedFiles + " staged files").isTrue();
                    Thread.sleep(2);
                }
                p.destroyForcibly();
            } finally {
                p.destroyForcibly();
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(p.exitValue()).isEqualTo(137);
            assertThat(Files.exists(dir.resolve("out"))).isFalse();
        }
        assertThat(staging()).isNotEmpty();

        Subprocess rerun = Subprocess.run(dir, logs, args);

        assertThat(rerun.exit()).as(rerun.err()).isZero();
        assertThat(staging()).isEmpty();
        List<String> files = list(dir.resolve("out"));
        assertThat(files).contains("fig5b.png", "fig5b.svg", "fig5b.csv", "claims.json", "report.md", "report.html",
                "manifest.json").noneMatch(n -> n.startsWith("."));
        String manifest = Files.readString(dir.resolve("out/manifest.json"));
        for (String f : files) {
            if (!f.equals("manifest.json")) {
                assertThat(manifest).contains("\"name\": \"" + f + "\", \"bytes\": " + Files.size(dir.resolve("out")
                        .resolve(f)) + ",");
            }
        }
    }

    @Test
    void forceOverAnOlderResultKeepsOtherFilesAndWritesTheManifestLast() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.writeString(out.resolve("notes.txt"), "mine\n");
        Files.writeString(out.resolve("manifest.json"), "{\"files\": []}\n");
        Files.writeString(out.resolve("fig5b.csv"), "old\n");

        CliHarness r = CliHarness.run("reproduce", "--out", out.toString(), "--only", "5b", "--threads", "1",
                "--force");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("mine\n");
        assertThat(Files.readString(out.resolve("fig5b.csv"))).startsWith("series,");
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertThat(manifest).contains("\"name\": \"fig5b.csv\", \"bytes\": " + Files.size(out.resolve("fig5b.csv"))
                + ",").doesNotContain("notes.txt");
        assertThat(staging()).isEmpty();
    }

    private List<Path> staging() throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.filter(p -> p.getFileName().toString().endsWith(".staging")).toList();
        }
    }

    private long staged() throws IOException {
        long n = 0;
        for (Path s : staging()) {
            n = Math.max(n, list(s).stream().filter(f -> !f.startsWith(".")).count());
        }
        return n;
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            return all.map(p -> p.getFileName().toString()).toList();
        } catch (java.nio.file.NoSuchFileException e) {
            return List.of();
        }
    }
}
