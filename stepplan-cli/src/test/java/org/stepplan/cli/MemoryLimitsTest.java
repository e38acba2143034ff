package org.stepplan.cli;

import org.stepplan.cli.main.StepplanCli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepplan.experiment.Json;

/** Sizes and memory: runs too big for the heap, a budget inside a plan, the JVM running out. */
class MemoryLimitsTest {

    @TempDir
    Path dir;

    @Test
    void aRunEstimatedAboveTheHeapIsRefusedBeforeItStarts() {
        // K = 100,000 at d = 20,000: a ring of 200,000 vectors, 32 GB, far above any test heap
        CliHarness r = CliHarness.run("run", "--problem", "sutton1992", "--problem-param", "dimension=20000",
                "--method", "csawg", "--param", "horizon=100000", "--max-iterations", "1");
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().lines()).singleElement().asString()
                .startsWith("stepplan: csawg on sutton1992 (d=20000) needs about 30519 MB of heap")
                .contains("STEPPLAN_JAVA_OPTS=-Xmx");
    }

    @Test
    void aHugePlanStopsAtTheGradientBudget() throws Exception {
        CliHarness r = CliHarness.run("run", "--problem", "rosenbrock", "--method", "csaug", "--param",
                "projections=2147483647", "--param", "corrections=2147483647", "--max-grad-evals", "100", "--json");
        JsonNode j = Json.mapper().readTree(r.out());
        assertThat(j.get("status").asText()).isEqualTo("max-grad-evals");
        assertThat(j.get("gradEvals").asLong()).isEqualTo(100);
    }

    @Test
    void runningOutOfMemoryIsOneLineExit1AndNoOutputFile() throws Exception {
        Path csv = dir.resolve("trace.csv");
        // the problem's own data (9M doubles, 72 MB, per vector; under the size cap of 10M) does not fit in 32 MB
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx32m",
                "-cp", System.getProperty("java.class.path"), StepplanCli.class.getName(), "run", "--problem",
                "sutton1992", "--problem-param", "dimension=9000000", "--method", "gd", "--trace", csv.toString())
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(err.lines()).singleElement().asString()
                .startsWith("stepplan: out of memory (Java heap space, maximum heap ")
                .contains("STEPPLAN_JAVA_OPTS=-Xmx");
        assertThat(p.getInputStream().readAllBytes()).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aStackOverflowNamesTheStackSetting() {
        assertThat(StepplanCli.resourceMessage(new StackOverflowError()))
                .isEqualTo("out of thread stack (StackOverflowError); raise it with STEPPLAN_JAVA_OPTS=-Xss16m");
    }

    @Test
    void theLauncherPassesStepplanJavaOpts() throws Exception {
        List<String> launcher = Files.readAllLines(Path.of("..", "stepplan"));
        assertThat(launcher).anySatisfy(line -> assertThat(line).startsWith("exec java ${STEPPLAN_JAVA_OPTS:-} "));
    }
}
