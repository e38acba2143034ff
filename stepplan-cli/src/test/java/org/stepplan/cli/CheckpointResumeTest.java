package org.stepplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepplan.experiment.Experiment;

/**
 * A checkpointed run killed with {@code kill -9} at three moments and resumed each time ends with the final JSON and
 * trace of the uninterrupted run, byte for byte; checkpoints of another run, or damaged ones, are refused.
 */
class CheckpointResumeTest {

    /** A stochastic run (its generator and sample state are part of the checkpoint), long enough to be killed. */
    private static final List<String> RUN = List.of("run", "--problem", "sutton1992", "--method", "idbd",
            "--max-iterations", "300000", "--trace-every", "100", "--json");

    @TempDir
    Path dir;

    @Test
    void killedThreeTimesAndResumedGivesTheUninterruptedResultByteForByte() throws Exception {
        Path logs = Files.createDirectory(dir.resolve("logs"));
        Subprocess straight = Subprocess.run(dir, logs, args(RUN, "--trace", "straight.csv"));
        assertThat(straight.exit()).as(straight.err()).isZero();

        List<String> checkpointed = args(RUN, "--trace", "resumed.csv", "--checkpoint-every", "5000");
        killWhenCheckpointReaches(50_000, logs, args(checkpointed, "--checkpoint", "run.ckpt"));
        for (long moment : new long[] {150_000, 250_000}) {
            killWhenCheckpointReaches(moment, logs, args(checkpointed, "--resume", "run.ckpt"));
        }
        assertThat(Files.exists(dir.resolve("resumed.csv"))).as("no trace before the run ends").isFalse();
        Subprocess last = Subprocess.run(dir, logs, args(checkpointed, "--resume", "run.ckpt"));

        assertThat(last.exit()).as(last.err()).isZero();
        assertThat(last.out()).isEqualTo(straight.out());
        assertThat(Files.readAllBytes(dir.resolve("resumed.csv")))
                .isEqualTo(Files.readAllBytes(dir.resolve("straight.csv")));
        assertThat(names()).containsExactlyInAnyOrder("logs", "straight.csv", "resumed.csv", "run.ckpt");
    }

    @Test
    void resumingAFinishedRunWhoseTraceIsPublishedPrintsTheSameResult() throws Exception {
        Path trace = dir.resolve("t.csv");
        Path ckpt = dir.resolve("t.ckpt");
        String[] first = {"run", "--problem", "noisy-quadratic", "--method", "sgd", "--max-iterations", "300",
            "--json", "--trace", trace.toString(), "--checkpoint", ckpt.toString(), "--checkpoint-every", "50"};
        CliHarness done = CliHarness.run(first);
        assertThat(done.exit()).as(done.err()).isZero();
        byte[] csv = Files.readAllBytes(trace);

        String[] again = first.clone();
        again[again.length - 4] = "--resume";
        CliHarness resumed = CliHarness.run(again);

        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.out()).isEqualTo(done.out());
        assertThat(Files.readAllBytes(trace)).isEqualTo(csv);
    }

    @Test
    void checkpointOfAnotherMethodDimensionOrSeedIsRefused() throws Exception {
        Path ckpt = dir.resolve("gd.ckpt");
        assertThat(CliHarness.run("run", "--problem", "quadratic-paper", "--method", "gd", "--max-iterations", "50",
                "--checkpoint", ckpt.toString(), "--checkpoint-every", "10").exit()).isZero();
        long started = Experiment.started();

        assertThat(CliHarness.run("run", "--problem", "quadratic-paper", "--method", "heavy-ball",
                "--max-iterations", "50", "--resume", ckpt.toString()).err())
                .isEqualTo("stepplan: --resume " + ckpt + ": the checkpoint is of method 'gd', this run has "
                        + "'heavy-ball'\n");
        assertThat(CliHarness.run("run", "--problem", "quadratic", "--problem-param", "diag=1,2,3",
                "--problem-param", "optimum=1,1,1", "--problem-param", "start=0,0,0", "--method", "gd",
                "--max-iterations", "50", "--resume", ckpt.toString()).err())
                .startsWith("stepplan: --resume " + ckpt + ": the checkpoint is of problem 'quadratic-paper'");
        CliHarness seed = CliHarness.run("run", "--problem", "quadratic-paper", "--method", "gd",
                "--max-iterations", "50", "--seed", "5", "--resume", ckpt.toString());
        assertThat(seed.exit()).isEqualTo(2);
        assertThat(seed.err()).isEqualTo("stepplan: --resume " + ckpt + ": the checkpoint is of seed '0', this run "
                + "has '5'\n");
        assertThat(Experiment.started()).as("no run started").isEqualTo(started);
    }

    @Test
    void truncatedCorruptedOrForeignCheckpointIsRefused() throws Exception {
        Path ckpt = dir.resolve("gd.ckpt");
        String[] run = {"run", "--problem", "quadratic-paper", "--method", "gd", "--max-iterations", "50",
            "--resume", ckpt.toString()};
        assertThat(CliHarness.run("run", "--problem", "quadratic-paper", "--method", "gd", "--max-iterations", "50",
                "--checkpoint", ckpt.toString(), "--checkpoint-every", "10").exit()).isZero();
        byte[] good = Files.readAllBytes(ckpt);

        Files.write(ckpt, java.util.Arrays.copyOf(good, good.length / 2));
        assertThat(CliHarness.run(run).err()).isEqualTo("stepplan: --resume " + ckpt + ": checksum mismatch (the "
                + "checkpoint is truncated or corrupted)\n");
        byte[] flipped = good.clone();
        flipped[good.length / 3] ^= 1;
        Files.write(ckpt, flipped);
        assertThat(CliHarness.run(run).err()).contains("checksum mismatch");
        Files.writeString(ckpt, new String(good, java.nio.charset.StandardCharsets.UTF_8)
                .replace("stepplan-checkpoint 1", "stepplan-checkpoint 9"));
        assertThat(CliHarness.run(run).err()).isEqualTo("stepplan: --resume " + ckpt + ": checkpoint format '9', "
                + "this stepplan reads format 1\n");
        Files.writeString(ckpt, "iteration,grad_evals\n");
        CliHarness foreign = CliHarness.run(run);
        assertThat(foreign.exit()).isEqualTo(2);
        assertThat(foreign.err()).isEqualTo("stepplan: --resume " + ckpt + ": not a stepplan checkpoint\n");
        Files.delete(ckpt);
        assertThat(CliHarness.run(run).err()).isEqualTo("stepplan: --resume " + ckpt + ": no such checkpoint\n");
    }

    private void killWhenCheckpointReaches(long iteration, Path logs, List<String> args) throws Exception {
        Process p = Subprocess.start(dir, logs, args.toArray(String[]::new));
        try {
            while (checkpointIteration() < iteration) {
                assertThat(p.isAlive()).as("the run ended before iteration " + iteration).isTrue();
                Thread.sleep(2);
            }
            assertThat(p.isAlive()).isTrue();
            p.destroyForcibly(); // SIGKILL: no shutdown hook runs
        } finally {
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(p.exitValue()).isEqualTo(137);
    }

    private long checkpointIteration() {
        try {
            for (String line : Files.readAllLines(dir.resolve("run.ckpt"))) {
                if (line.startsWith("iteration ")) {
                    return Long.parseLong(line.substring(10));
                }
            }
        } catch (IOException e) {
            // not written yet
        }
        return -1;
    }

    private static List<String> args(List<String> base, String... more) {
        List<String> a = new ArrayList<>(base);
        a.addAll(List.of(more));
        return a;
    }

    private List<String> names() throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.map(p -> p.getFileName().toString()).toList();
        }
    }
}
