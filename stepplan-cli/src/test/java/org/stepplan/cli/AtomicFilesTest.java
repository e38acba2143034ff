package org.stepplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepplan.files.AtomicFiles;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void publishWithoutOverwriteFailsWhenTheTargetAppearedMeanwhile() throws Exception {
        Path target = dir.resolve("trace.csv");
        Path tmp = AtomicFiles.temporarySibling(target, "tmp");
        Files.writeString(tmp, "mine\n");
        Files.writeString(target, "the other process's\n"); // written after our existence check

        assertThatThrownBy(() -> AtomicFiles.publish(tmp, target, false, target))
                .isInstanceOf(AtomicFiles.FileAlreadyExists.class)
                .hasMessage(target + " already exists (use --force to overwrite)");
        assertThat(Files.readString(target)).isEqualTo("the other process's\n");
    }

    @Test
    void publishWithOverwriteReplacesAndLeavesNoTemporaryName() throws Exception {
        Path target = dir.resolve("trace.csv");
        Files.writeString(target, "old\n");
        AtomicFiles.writeText(target, true, w -> w.write("new\n"));
        assertThat(Files.readString(target)).isEqualTo("new\n");
        assertThat(names()).containsExactly("trace.csv");
    }

    @Test
    void twoConcurrentRunsToTheSameTraceLeaveOneWinnerAndOneRefusal() throws Exception {
        Path logs1 = Files.createDirectory(dir.resolve("l1"));
        Path logs2 = Files.createDirectory(dir.resolve("l2"));
        String[] args = {"run", "--problem", "quadratic-paper", "--method", "gd", "--max-iterations", "20000",
            "--continue-past-zero", "--trace", dir.resolve("same.csv").toString()};
        Process a = Subprocess.start(dir, logs1, args);
        Process b = Subprocess.start(dir, logs2, args);
        List<Integer> exits = List.of(a.waitFor(), b.waitFor());
        assertThat(exits).containsExactlyInAnyOrder(0, 2);
        Path loser = exits.get(0) == 2 ? logs1 : logs2;
        assertThat(Files.readString(loser.resolve("err.txt"))).startsWith("stepplan: ").contains("same.csv")
                .endsWith("already exists (use --force to overwrite)\n"); // at the check, or at the final link
        assertThat(names()).containsExactlyInAnyOrder("l1", "l2", "same.csv");
    }

    @Test
    void targetCreatedDuringTheRunIsNotReplacedAndTheResultIsStillPrinted() throws Exception {
        Path logs = Files.createDirectory(dir.resolve("logs"));
        Path target = dir.resolve("late.csv");
        Process p = Subprocess.start(dir, logs, "run", "--problem", "sutton1992", "--method", "idbd",
                "--max-iterations", "300000", "--json", "--trace", target.toString());
        while (names().stream().noneMatch(n -> n.startsWith(".late.csv.stepplan-"))) { // the run has begun
            assertThat(p.isAlive()).isTrue();
            Thread.sleep(2);
        }
        Files.writeString(target, "written by someone else meanwhile\n");

        assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(Files.readString(logs.resolve("out.txt"))).startsWith("{").contains("\"iterations\" : 300000");
        assertThat(Files.readString(logs.resolve("err.txt"))).isEqualTo("stepplan: " + target
                + " already exists (use --force to overwrite)\n");
        assertThat(Files.readString(target)).isEqualTo("written by someone else meanwhile\n");
        assertThat(names()).containsExactlyInAnyOrder("logs", "late.csv");
    }

    @Test
    void sweepRemovesOurTemporaryNamesOfDeadProcessesOnly() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        long dead = gone.pid();
        long alive = ProcessHandle.current().pid();
        Files.writeString(dir.resolve(".trace.csv.stepplan-" + dead + "-0123456789ab.tmp"), "stale");
        Files.createDirectories(dir.resolve(".out.stepplan-" + dead + "-0123456789ab.staging/sub"));
        Files.writeString(dir.resolve(".trace.csv.stepplan-" + alive + "-0123456789ab.tmp"), "in flight");
        Files.writeString(dir.resolve(".trace.csv.12345.tmp"), "not our naming");
        Files.writeString(dir.resolve("trace.csv"), "a result");

        assertThat(AtomicFiles.sweepStale(dir)).isEqualTo(2);
        assertThat(names()).containsExactlyInAnyOrder(".trace.csv.stepplan-" + alive + "-0123456789ab.tmp",
                ".trace.csv.12345.tmp", "trace.csv");
    }

    @ParameterizedTest
    @CsvSource({"022, rw-r--r--", "027, rw-r-----", "077, rw-------"})
    void outputFilesTakeTheUmasksPermissions(String umask, String expected) throws Exception {
        Path trace = dir.resolve("t.csv");
        List<String> java = Subprocess.command("run", "--problem", "quadratic-paper", "--method", "gd",
                "--max-iterations", "5", "--trace", trace.toString());
        String line = "umask " + umask + " && exec " + String.join(" ", java.stream().map(a -> "'" + a + "'")
                .toList());
        Process p = new ProcessBuilder("sh", "-c", line).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(p.waitFor()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(trace))).isEqualTo(expected);
    }

    private List<String> names() throws Exception {
        try (Stream<Path> all = Files.list(dir)) {
            return all.map(p -> p.getFileName().toString()).toList();
        }
    }
}
