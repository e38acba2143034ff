package org.stepplan.cli;

import org.stepplan.cli.main.StepplanCli;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepplan.experiment.Experiment;

/**
 * Bad input, as a hostile user types it, to {@code run}, {@code compare}, {@code reproduce} and {@code data}: each case runs in a
 * separate JVM in a fresh folder of fixtures and must exit 2 with exactly one line on stderr, free of control
 * characters and not longer than a cut message, and create no file; the same case run in-process must start no run.
 * In the arguments, {@code @} stands for the fixture folder.
 */
class BadInputTest {

    private static final String RUN = "run --problem quadratic-paper --method gd";
    private static final String COMPARE = "compare --problem quadratic-paper";

    @TempDir
    Path tmp;

    static Stream<List<String>> cases() {
        List<List<String>> c = new ArrayList<>();
        // numbers: plain decimal and scientific only
        for (String bad : List.of("1d", "2f", "0x1p-10", "1_000", "", "abc", "1.0.0", "1e", "--1", "0x10")) {
            c.add(args(RUN, "--param", "gamma=" + bad));
        }
        c.add(args(RUN, "--max-iterations", "1d"));
        c.add(args(RUN, "--max-iterations", "1e3"));
        c.add(args(RUN, "--max-iterations", "99999999999999999999"));
        c.add(args(RUN, "--max-iterations", "-5"));
        c.add(args(RUN, "--max-grad-evals", "0"));
        c.add(args(RUN, "--seed", "0x10"));
        c.add(args(RUN, "--target-error", "NaN"));
        c.add(args(RUN, "--target-error", "-1"));
        c.add(args(RUN, "--target-error", "1f"));
        c.add(args(RUN, "--start", "1,0x2"));
        c.add(args(RUN, "--start", "1,NaN"));
        c.add(args(RUN, "--start", "1,2,3"));
        c.add(args(RUN, "--start", ""));
        c.add(args(RUN, "--param", "gamma=-1"));
        c.add(args(RUN, "--param", "gamma=Infinity"));
        // repeats, names, shapes
        c.add(args(RUN, "--param", "gamma=0.001", "--param", "gamma=0.002"));
        c.add(args("run --problem quadratic --problem-param diag=1,2 --problem-param diag=3,4 --method gd"));
        c.add(args(RUN, "--max-iterations", "5", "--max-iterations", "6"));
        c.add(args(RUN, "--param", "gammma=0.1"));
        c.add(args(RUN, "--param", "=1"));
        c.add(args(RUN, "--param", "gamma"));
        c.add(args(RUN, "--parm", "gamma=1"));
        c.add(args(RUN, "stray"));
        c.add(args("run --problem quadratic-paper --method gdd"));
        c.add(args("run --problem quadratc --method gd"));
        c.add(args("run --method gd"));
        c.add(args("rnu --problem quadratic-paper --method gd"));
        // messages: control characters and long values
        c.add(List.of("run", "--problem", "a\nb\u001b[31mred", "--method", "gd"));
        c.add(List.of("run", "--problem", "x".repeat(100_000), "--method", "gd"));
        c.add(List.of("run", "--problem", "quadratic-paper", "--method", "gd", "--param", "gam\rma\u009b=1"));
        c.add(List.of("run", "--problem", "quadratic-paper", "--method", "gd", "--trace", "@/afile/\u001b[2J\n.csv"));
        // sizes that would exhaust memory or time
        c.add(args("run --problem linear-regression --problem-param d=100000 --problem-param n=1000000 --method gd"));
        c.add(args("run --problem linear-regression --problem-param d=5000 --problem-param n=5000 --method gd"));
        c.add(args("run --problem sutton1992 --problem-param window=2000000000 --method gd"));
        c.add(args("run --problem sutton1992 --problem-param dimension=2000000000 --method gd"));
        c.add(args("run --problem quadratic-paper --method csawg --param horizon=2000000000"));
        // output locations, checked before the run
        c.add(args(RUN, "--trace", "/proc/stepplan-none/t.csv"));
        c.add(args(RUN, "--trace", "@"));
        c.add(args(RUN, "--trace", "@/afile/t.csv"));
        c.add(args(RUN, "--trace", "@/afile/deeper/t.csv"));
        c.add(args(RUN, "--trace", "@/existing.csv"));
        c.add(args(RUN, "--trace", ""));
        c.add(args(RUN, "--trace", "-", "--json"));
        // compare
        c.add(args(COMPARE, "--methods", "gd,nosuch"));
        c.add(args(COMPARE, "--methods", "gd,csaug", "--spec", "@/spec-unknown-later.yaml"));
        c.add(args(COMPARE, "--methods", "gd", "--target-error", "NaN"));
        c.add(args(COMPARE, "--methods", "gd", "--max-grad-evals", "1e3"));
        c.add(args(COMPARE, "--methods", "gd", "--threads", "0"));
        c.add(args(COMPARE, "--spec", "@/bomb.yaml"));
        c.add(args(COMPARE, "--spec", "@/alias.yaml"));
        c.add(args(COMPARE, "--spec", "@/binary.yaml"));
        c.add(args(COMPARE, "--spec", "@/utf16.yaml"));
        c.add(args(COMPARE, "--spec", "@"));
        c.add(args(COMPARE, "--spec", "@/missing.yaml"));
        c.add(args(COMPARE, "--spec", "@/hex.yaml"));
        c.add(args(COMPARE, "--spec", "@/empty.yaml"));
        c.add(args(COMPARE, "--methods", "gd", "--plot", "/proc/stepplan-none/p"));
        c.add(args(COMPARE, "--methods", "gd", "--plot", "@/afile/p"));
        c.add(args(COMPARE, "--methods", "gd", "--plot", "@/existing"));
        c.add(args(COMPARE, "--methods", "gd", "--plot", ""));
        c.add(args("compare --problem quadratic --problem-param diag=1,2 --problem-param diag=1,2 --methods gd"));
        c.add(args("compre --problem quadratic-paper --methods gd"));
        // reproduce
        c.add(args("reproduce --out", ""));
        c.add(args("reproduce --out @/afile"));
        c.add(args("reproduce --out @/afile/sub"));
        c.add(args("reproduce --out /proc/stepplan-none"));
        c.add(args("reproduce --out @/nonempty"));
        c.add(args("reproduce --out @/new --only 3c"));
        c.add(args("reproduce --out @/new --threads 0"));
        c.add(args("reproduce --out @/new --threads 1x"));
        c.add(args("reproduce --out @/new --onyl 3a"));
        // data
        c.add(args("data install nosuch-data-set"));
        c.add(args("data instal"));
        c.add(args("data list extra"));
        c.add(args("data --bogus"));
        return c.stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void isRefusedWithOneCleanLineExitTwoNoFileAndNoRun(List<String> template) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("work"));
        Path logs = Files.createDirectory(tmp.resolve("logs"));
        fixtures(dir);
        List<String> before = tree(dir);
        String[] args = template.stream().map(a -> a.replace("@", dir.toString())).toArray(String[]::new);

        Subprocess p = Subprocess.run(dir, logs, args);

        assertThat(p.exit()).as(p.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(p.out()).isEmpty();
        assertThat(p.err()).endsWith("\n");
        String line = p.err().substring(0, p.err().length() - 1);
        assertThat(line).doesNotContain("\n").startsWith("stepplan: ");
        assertThat(line.chars().filter(ch -> ch < 0x20 || (ch >= 0x7f && ch <= 0x9f)).count()).as(line).isZero();
        assertThat(line.length()).as(line).isLessThan(1000);
        assertThat(tree(dir)).isEqualTo(before);

        long started = Experiment.started();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = StepplanCli.execute(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(Experiment.started()).as("runs started").isEqualTo(started);
        assertThat(tree(dir)).isEqualTo(before);
    }

    @Test
    void bareCommandPrintsTheUsageOnStderrAndExitsTwo() throws Exception {
        Subprocess p = Subprocess.run(tmp, Files.createDirectory(tmp.resolve("logs")));
        assertThat(p.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(p.out()).isEmpty();
        assertThat(p.err()).startsWith("Usage: stepplan").contains("run", "compare", "reproduce");
    }

    @Test
    void mistypedCommandIsNamedWithTheNearestOne() {
        CliHarness r = CliHarness.run("compre");
        assertThat(r.err()).isEqualTo("stepplan: unknown command 'compre' (did you mean 'compare'?); commands: "
                + "run, list, compare, reproduce, data, bench, study, help\n");
    }

    private static List<String> args(String words, String... more) {
        List<String> a = new ArrayList<>(List.of(words.split(" ")));
        a.addAll(List.of(more));
        return a;
    }

    private static void fixtures(Path dir) throws IOException {
        Files.writeString(dir.resolve("afile"), "a regular file\n");
        Files.writeString(dir.resolve("existing.csv"), "keep me\n");
        Files.writeString(dir.resolve("existing.png"), "keep me\n");
        Files.createDirectory(dir.resolve("nonempty"));
        Files.writeString(dir.resolve("nonempty/keep.txt"), "keep me\n");
        StringBuilder bomb = new StringBuilder("methods:\n  csaug:\n");
        for (String axis : List.of("gamma", "horizon", "projections", "corrections", "zero_tolerance")) {
            bomb.append("    ").append(axis).append(": [");
            for (int i = 1; i <= 30; i++) {
                bomb.append(i == 1 ? "" : ", ").append(axis.equals("gamma") || axis.equals("zero_tolerance")
                        ? "0.00" + i : Integer.toString(i));
            }
            bomb.append("]\n");
        }
        Files.writeString(dir.resolve("bomb.yaml"), bomb);
        Files.writeString(dir.resolve("alias.yaml"), "methods:\n  gd: &a {gamma: 0.001}\n  adamw: *a\n");
        Files.write(dir.resolve("binary.yaml"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 1, 2, 3});
        Files.write(dir.resolve("utf16.yaml"), "methods:\n  gd: {}\n".getBytes(StandardCharsets.UTF_16LE));
        Files.writeString(dir.resolve("hex.yaml"), "methods:\n  gd: {gamma: 0x1p-10}\n");
        Files.writeString(dir.resolve("empty.yaml"), "");
        Files.writeString(dir.resolve("spec-unknown-later.yaml"), "methods:\n  gd: {}\n  csaug: {K: 0}\n");
    }

    private static List<String> tree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.map(p -> dir.relativize(p) + (Files.isDirectory(p) ? "/" : " " + size(p))).sorted().toList();
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
