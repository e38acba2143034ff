package org.stepplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepplan.experiment.Json;

class RunCommandTest {

    @TempDir
    Path dir;

    @Test
    void jsonReportsEveryFieldIncludingDefaultsAndTheFirstZeroError() throws Exception {
        CliHarness r = CliHarness.run("run", "--problem", "rosenbrock", "--method", "csaug", "--param", "horizon=10",
                "--max-iterations", "1000", "--json");
        assertThat(r.exit()).isEqualTo(0);
        JsonNode j = Json.mapper().readTree(r.out());
        assertThat(j.get("problem").asText()).isEqualTo("rosenbrock");
        assertThat(j.get("dimension").asInt()).isEqualTo(2);
        assertThat(j.get("method").asText()).isEqualTo("csaug");
        assertThat(j.get("params").get("horizon").asInt()).isEqualTo(10);
        assertThat(j.get("params").get("projections").asInt()).isEqualTo(5);
        assertThat(j.get("params").get("corrections").asInt()).isEqualTo(10);
        assertThat(j.get("params").get("gamma").asDouble()).isEqualTo(0.001);
        assertThat(j.get("status").asText()).isEqualTo("converged");
        assertThat(j.get("iterations").asLong()).isEqualTo(80);
        assertThat(j.get("gradEvals").asLong()).isEqualTo(465);
        assertThat(j.get("funcEvals").asLong()).isEqualTo(0);
        assertThat(j.get("hessianEvals").asLong()).isEqualTo(0);
        assertThat(j.get("error").asDouble()).isEqualTo(0.0);
        assertThat(j.get("w").get(0).asDouble()).isEqualTo(1.0);
        assertThat(j.get("firstZeroError").get("iterations").asLong()).isEqualTo(80);
        assertThat(j.get("firstZeroError").get("gradEvals").asLong()).isEqualTo(465);
    }

    @Test
    void targetErrorAndGradientBudgetStopTheRun() throws Exception {
        JsonNode target = Json.mapper().readTree(CliHarness.run("run", "--problem", "rosenbrock", "--method", "gd",
                "--target-error", "0.1", "--max-iterations", "100000", "--json").out());
        assertThat(target.get("status").asText()).isEqualTo("target-reached");
        assertThat(target.get("error").asDouble()).isLessThanOrEqualTo(0.1);
        JsonNode budget = Json.mapper().readTree(CliHarness.run("run", "--problem", "rosenbrock", "--method", "gd",
                "--max-grad-evals", "250", "--json").out());
        assertThat(budget.get("status").asText()).isEqualTo("max-grad-evals");
        assertThat(budget.get("gradEvals").asLong()).isEqualTo(250);
        assertThat(budget.get("firstZeroError").isNull()).isTrue();
    }

    @Test
    void traceHasOneRowPerIterationWithPerComponentStepSizesAndPlanEvents() throws Exception {
        Path csv = dir.resolve("trace.csv");
        CliHarness r = CliHarness.run("run", "--problem", "quadratic-paper", "--method", "csawg", "--param",
                "gamma=0.0009", "--param", "horizon=3", "--max-iterations", "9", "--trace", csv.toString());
        assertThat(r.exit()).isEqualTo(0);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("iteration,grad_evals,func_evals,loss,error,step_size_1,step_size_2,event");
        assertThat(lines).hasSize(1 + 10);
        assertThat(lines.get(1)).startsWith("0,0,0,");
        assertThat(lines.get(6)).startsWith("5,5,0,").endsWith(",");
        assertThat(lines.get(7)).startsWith("6,7,0,").endsWith(",plan"); // first plan at k = 2K, one fresh gradient
        assertThat(lines.get(10)).startsWith("9,11,0,").endsWith(",plan"); // then every K
    }

    @Test
    void traceEveryKeepsRowZeroTheMultiplesEveryPlanRowAndTheLastRow() throws Exception {
        Path full = dir.resolve("full.csv");
        Path thin = dir.resolve("thin.csv");
        String[] run = {"run", "--problem", "quadratic-paper", "--method", "csawg", "--param", "gamma=0.0009",
            "--param", "horizon=3", "--max-iterations", "10", "--trace"};
        CliHarness.run(concat(run, full.toString()));
        CliHarness r = CliHarness.run(concat(run, thin.toString(), "--trace-every", "4"));
        assertThat(r.exit()).isEqualTo(0);
        List<String> all = Files.readAllLines(full);
        assertThat(Files.readAllLines(thin)).containsExactly(all.get(0), all.get(1), all.get(5), all.get(7),
                all.get(9), all.get(10), all.get(11)); // rows 0, 4, 6 (plan), 8, 9 (plan), 10 (last)
    }

    @Test
    void manyStepSizesBecomeSummaryColumnsUnlessAskedOtherwise() throws Exception {
        String[] run = {"run", "--problem", "sutton1992", "--problem-param", "dimension=30", "--method", "idbd",
            "--max-iterations", "3", "--trace"};
        Path summary = dir.resolve("summary.csv");
        CliHarness.run(concat(run, summary.toString()));
        List<String> lines = Files.readAllLines(summary);
        assertThat(lines.get(0)).isEqualTo("iteration,grad_evals,func_evals,loss,error,"
                + "step_size_min,step_size_mean,step_size_max,step_size_negative,event");
        Path each = dir.resolve("each.csv");
        CliHarness.run(concat(run, each.toString(), "--trace-step-sizes", "all"));
        List<String> eachLines = Files.readAllLines(each);
        assertThat(eachLines.get(0).split(",")).hasSize(5 + 30 + 1).contains("step_size_30");
        String[] row = eachLines.get(3).split(",", -1);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (int i = 5; i < 35; i++) {
            double s = Double.parseDouble(row[i]);
            min = Math.min(min, s);
            max = Math.max(max, s);
            sum += s;
        }
        assertThat(lines.get(3)).startsWith(String.join(",", java.util.Arrays.copyOf(row, 5)) + "," + min + ","
                + sum / 30 + "," + max + ",0,");
        Path none = dir.resolve("none.csv");
        CliHarness.run(concat(run, none.toString(), "--trace-step-sizes", "none"));
        assertThat(Files.readAllLines(none).get(0)).isEqualTo("iteration,grad_evals,func_evals,loss,error,event");
    }

    @Test
    void largeWeightsArePreviewedInTheSummaryAndCanBeLeftOutOfTheJson() throws Exception {
        String[] run = {"run", "--problem", "sutton1992", "--problem-param", "dimension=30", "--method", "idbd",
            "--max-iterations", "3"};
        CliHarness text = CliHarness.run(run);
        assertThat(text.out()).contains("... (30 components)]  ||w|| ");
        JsonNode full = Json.mapper().readTree(CliHarness.run(concat(run, "--json")).out());
        assertThat(full.get("w")).hasSize(30);
        JsonNode bare = Json.mapper().readTree(CliHarness.run(concat(run, "--json", "--no-weights")).out());
        assertThat(bare.has("w")).isFalse();
        assertThat(bare.get("iterations").asLong()).isEqualTo(3);
        assertThat(CliHarness.run("run", "--problem", "rosenbrock", "--method", "gd", "--max-iterations", "1").out())
                .contains("\nw [");
    }

    @Test
    void badTraceOptionsAreRejectedWithExit2() {
        CliHarness every = CliHarness.run("run", "--problem", "rosenbrock", "--method", "gd", "--trace-every", "0");
        assertThat(every.exit()).isEqualTo(2);
        assertThat(every.err()).contains("trace-every must be >= 1, got 0");
        CliHarness sizes = CliHarness.run("run", "--problem", "rosenbrock", "--method", "gd", "--trace-step-sizes",
                "some");
        assertThat(sizes.exit()).isEqualTo(2);
        assertThat(sizes.err()).contains("--trace-step-sizes must be all, none or a count >= 0, got 'some'");
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    @Test
    void scalarStepSizeIsOneColumn() throws Exception {
        Path csv = dir.resolve("gd.csv");
        CliHarness.run("run", "--problem", "rosenbrock", "--method", "gd", "--max-iterations", "2", "--trace",
                csv.toString());
        assertThat(Files.readAllLines(csv).get(0)).isEqualTo("iteration,grad_evals,func_evals,loss,error,step_size,event");
    }

    @Test
    void divergingRunExitsWith3AndKeepsItsTraceUpToTheLastFiniteRow() throws Exception {
        Path csv = dir.resolve("diverged.csv");
        CliHarness r = CliHarness.run("run", "--problem", "rosenbrock", "--method", "gd", "--param", "gamma=0.01",
                "--trace", csv.toString(), "--json");
        assertThat(r.exit()).isEqualTo(ExitCodes.DIVERGED);
        JsonNode j = Json.mapper().readTree(r.out());
        assertThat(j.get("status").asText()).isEqualTo("diverged");
        List<String> lines = Files.readAllLines(csv);
        long diverged = j.get("iterations").asLong();
        assertThat(lines).hasSize((int) diverged + 1); // header + rows 0 .. diverged-1
        for (String line : lines.subList(1, lines.size())) {
            assertThat(line).doesNotContain("Infinity").doesNotContain("NaN");
        }
    }

    @Test
    void aDivergedCsaugRunPointsToPlanAndPlanStaysFinite() throws Exception {
        CliHarness csaug = CliHarness.run("run", "--problem", "rotated-quadratic", "--method", "csaug", "--param",
                "horizon=10");
        assertThat(csaug.exit()).isEqualTo(ExitCodes.DIVERGED);
        assertThat(csaug.out()).contains("status diverged").contains("--method plan");
        CliHarness plan = CliHarness.run("run", "--problem", "rotated-quadratic", "--method", "plan", "--param",
                "horizon=10", "--max-iterations", "500");
        assertThat(plan.exit()).isEqualTo(ExitCodes.OK);
        assertThat(plan.out()).contains("status max-iterations").doesNotContain("hint:");
    }

    @Test
    void existingTraceIsNotOverwrittenWithoutForce() throws Exception {
        Path csv = dir.resolve("keep.csv");
        Files.writeString(csv, "precious");
        CliHarness r = CliHarness.run("run", "--problem", "rosenbrock", "--method", "gd", "--max-iterations", "3",
                "--trace", csv.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("already exists");
        assertThat(Files.readString(csv)).isEqualTo("precious");
        CliHarness forced = CliHarness.run("run", "--problem", "rosenbrock", "--method", "gd", "--max-iterations",
                "3", "--trace", csv.toString(), "--force");
        assertThat(forced.exit()).isEqualTo(0);
        assertThat(Files.readAllLines(csv)).hasSize(5);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("keep.csv"); // no temp file left
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "horizon<1         | --method csawg --param horizon=0            | horizon",
            "projections<1     | --method csaug --param projections=0        | projections",
            "corrections<0     | --method csaug --param corrections=-1       | corrections",
            "gamma<=0          | --method csawg --param gamma=0              | gamma",
            "gamma non-finite  | --method gd --param gamma=Infinity          | gamma",
            "step non-finite   | --method heavy-ball --param a=NaN           | a",
            "malformed number  | --method gd --param gamma=1e-x              | 1e-x",
            "unknown method    | --method sgdd                               | sgdd",
            "unknown parameter | --method gd --param lr=0.1                  | lr",
            "malformed param   | --method gd --param gamma                   | gamma",
            "wrong-length start| --method gd --start 1,2,3                   | length 3",
            "non-finite start  | --method gd --start 1,NaN                   | start[1]",
            "malformed start   | --method gd --start 1,two                   | two",
    })
    void badInputIsOneLineOnStderrWithExitCode2(String name, String args, String mentioned) {
        String[] argv = ("run --problem rosenbrock " + args.trim()).split(" +");
        CliHarness r = CliHarness.run(argv);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains(mentioned).doesNotContain("Exception");
    }

    @Test
    void unknownProblemIsNamed() {
        CliHarness r = CliHarness.run("run", "--problem", "nope", "--method", "gd");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown problem 'nope'");
    }

    @Test
    void listShowsEveryProblemAndMethodWithDefaults() {
        CliHarness r = CliHarness.run("list");
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).contains("rosenbrock", "quadratic-paper", "noisy-quadratic", "csawg", "csaug",
                "heavy-ball", "nesterov-schedule");
        assertThat(r.out()).containsPattern("horizon\\s+integer\\s+default 2");
    }

    @Test
    void stochasticRunsAreReproducibleFromTheSeed() {
        String[] args = {"run", "--problem", "noisy-quadratic", "--method", "csawg", "--param", "gamma=0.0009",
                "--max-iterations", "300", "--seed", "7", "--json"};
        assertThat(CliHarness.run(args).out()).isEqualTo(CliHarness.run(args).out());
        String[] other = args.clone();
        other[9] = "8";
        assertThat(CliHarness.run(other).out()).isNotEqualTo(CliHarness.run(args).out());
    }

    @Test
    void methodThatCannotServeTheProblemFailsWithOneLine() {
        CliHarness polyak = CliHarness.run("run", "--problem", "rosenbrock", "--method", "polyak");
        assertThat(polyak.exit()).isEqualTo(2);
        assertThat(polyak.err()).contains("parameter 'fstar' of method 'polyak' is required: give fstar=<value>");
        CliHarness l4 = CliHarness.run("run", "--problem", "noisy-quadratic", "--method", "l4-adam",
                "--max-iterations", "5000");
        assertThat(l4.exit()).isEqualTo(2);
        assertThat(l4.err().strip()).contains("loss must be non-negative").doesNotContain("\n");
    }

    @Test
    void hessianDiagonalEvaluationsAreCountedSeparately() throws Exception {
        JsonNode j = Json.mapper().readTree(CliHarness.run("run", "--problem", "quadratic-paper", "--method", "vsgd",
                "--max-iterations", "100", "--json").out());
        // vSGD: 10 initial samples in the first step, then one gradient and one Hessian diagonal per step
        assertThat(j.get("gradEvals").asLong()).isEqualTo(110);
        assertThat(j.get("hessianEvals").asLong()).isEqualTo(110);
        assertThat(j.get("funcEvals").asLong()).isEqualTo(0);
    }

    @Test
    void continuePastZeroKeepsRunningAndMarksTheFirstZero() throws Exception {
        Path csv = dir.resolve("past.csv");
        JsonNode j = Json.mapper().readTree(CliHarness.run("run", "--problem", "quadratic-paper", "--method", "csawg",
                "--param", "gamma=0.0009", "--param", "horizon=2", "--max-iterations", "420", "--continue-past-zero",
                "--trace", csv.toString(), "--json").out());
        assertThat(j.get("status").asText()).isEqualTo("max-iterations");
        assertThat(j.get("iterations").asLong()).isEqualTo(420);
        assertThat(j.get("firstZeroError").get("iterations").asLong()).isEqualTo(414);
        // Figure 4: the plan after w = w* fits alpha(2) = 1 exactly (g = w - w* on the curvature-1 component)
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.subList(416, lines.size())).anySatisfy(l -> assertThat(l.split(",")[6]).isEqualTo("1.0"));
    }

    @Test
    void continuePastZeroForNIterationsStopsAsConvergedNIterationsAfterTheFirstZero() throws Exception {
        JsonNode j = Json.mapper().readTree(CliHarness.run("run", "--problem", "quadratic-paper", "--method", "csawg",
                "--param", "gamma=0.0009", "--param", "horizon=2", "--max-iterations", "20000", "--continue-past-zero=6",
                "--json").out());
        assertThat(j.get("status").asText()).isEqualTo("converged");
        assertThat(j.get("firstZeroError").get("iterations").asLong()).isEqualTo(414);
        assertThat(j.get("iterations").asLong()).isEqualTo(420);
        CliHarness negative = CliHarness.run("run", "--problem", "quadratic-paper", "--method", "gd",
                "--continue-past-zero=-1");
        assertThat(negative.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(negative.err()).isEqualTo("stepplan: continue-past-zero must be >= 0 iterations, got -1\n");
    }

    @Test
    void traceDashWritesTheCsvToStdoutAndTheSummaryToStderr() {
        CliHarness r = CliHarness.run("run", "--problem", "quadratic-paper", "--method", "gd", "--max-iterations", "3",
                "--trace", "-");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().toList()).hasSize(5).first().asString().startsWith("iteration,grad_evals");
        assertThat(r.err()).startsWith("gd {gamma=").contains("status max-iterations after 3 iterations");
        assertThat(Files.exists(Path.of("-"))).isFalse();
    }
}
