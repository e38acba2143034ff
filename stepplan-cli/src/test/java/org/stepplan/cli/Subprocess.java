package org.stepplan.cli;

import org.stepplan.cli.main.StepplanCli;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code stepplan} in a separate JVM (the test class path), in a given working folder. */
record Subprocess(int exit, String out, String err) {

    /** The command line of a {@code stepplan} JVM with {@code args}. */
    static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", StepplanCli.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Starts {@code stepplan args} in {@code dir}, its stdout and stderr going to files in {@code logs}. */
    static Process start(Path dir, Path logs, String... args) throws IOException {
        return new ProcessBuilder(command(args)).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(logs.resolve("out.txt").toFile()).redirectError(logs.resolve("err.txt").toFile())
                .start();
    }

    /** Runs {@code stepplan args} in {@code dir} to its end (at most two minutes). */
    static Subprocess run(Path dir, Path logs, List<String> args) throws IOException, InterruptedException {
        return run(dir, logs, args.toArray(String[]::new));
    }

    /** Runs {@code stepplan args} in {@code dir} to its end (at most two minutes). */
    static Subprocess run(Path dir, Path logs, String... args) throws IOException, InterruptedException {
        Process p = start(dir, logs, args);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("stepplan " + String.join(" ", args) + " did not end in two minutes");
        }
        return new Subprocess(p.exitValue(), Files.readString(logs.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(logs.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
