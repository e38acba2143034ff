package org.stepplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepplan.experiment.Json;

/** {@code stepplan run} on the learning problems: examples and epochs, the uncounted measurements, bad data. */
class LearningRunTest {

    @TempDir
    Path dir;

    @Test
    void jsonReportsExamplesEpochsTrainLossAndTestAccuracy() throws Exception {
        CliHarness r = CliHarness.run("run", "--problem", "softmax", "--problem-param", "batch=100", "--method", "sgd",
                "--param", "lr=0.5", "--max-iterations", "36", "--seed", "3", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = Json.mapper().readTree(r.out());
        // digits, test_fraction 0.2: 1438 training examples, 15 batches per epoch (14 x 100 + 38); 36 batches make
        // two epochs and six batches of 100
        assertThat(j.get("examples").asLong()).isEqualTo(2 * 1438 + 600);
        assertThat(j.get("epochs").asDouble()).isEqualTo((2 * 1438 + 600) / 1438.0);
        assertThat(j.get("trainLoss").asDouble()).isLessThan(Math.log(10));
        assertThat(j.get("testAccuracy").asDouble()).isBetween(0.8, 1.0);
    }

    @Test
    void traceHasExamplesEpochAndMeasurementsOncePerEpochOrEveryNIterations() throws Exception {
        Path csv = dir.resolve("t.csv");
        CliHarness r = CliHarness.run("run", "--problem", "softmax", "--problem-param", "batch=500", "--method",
                "gd", "--param", "gamma=0.5", "--max-iterations", "7", "--trace", csv.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo(
                "iteration,grad_evals,func_evals,loss,error,examples,epoch,train_loss,test_accuracy,step_size,event");
        // 1438 examples in batches 500, 500, 438: epochs end after iterations 3 and 6
        List<Boolean> measured = lines.subList(1, lines.size()).stream().map(l -> !l.split(",", -1)[7].isEmpty())
                .toList();
        assertThat(measured).containsExactly(true, false, false, true, false, false, true, false);
        assertThat(lines.get(4).split(",")[5]).isEqualTo("1438");
        Path every = dir.resolve("e.csv");
        CliHarness.run("run", "--problem", "softmax", "--problem-param", "batch=500", "--method", "gd", "--param",
                "gamma=0.5", "--max-iterations", "7", "--eval-every", "2", "--trace", every.toString());
        List<Boolean> everyTwo = Files.readAllLines(every).stream().skip(1)
                .map(l -> !l.split(",", -1)[7].isEmpty()).toList();
        assertThat(everyTwo).containsExactly(true, false, true, false, true, false, true, false);
    }

    @Test
    void theSparkEngineOutsideItsLauncherIsBadInputNamingHowToLoadIt() {
        CliHarness r = CliHarness.run("run", "--problem", "softmax", "--method", "gd", "--engine", "spark",
                "--partitions", "2");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("engine 'spark' is not available")
                .contains("--engine spark");
    }

    @Test
    void aMissingDataSetIsBadInputNamingTheInstallCommand() {
        CliHarness r = CliHarness.run("run", "--problem", "softmax", "--problem-param", "dataset=nonesuch",
                "--method", "gd");
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().strip()).contains("csv:PATH").doesNotContain("\n");
    }

    @Test
    void userCsvTrainsAndItsErrorsAreOneLine() throws Exception {
        Path good = dir.resolve("good.csv");
        StringBuilder b = new StringBuilder("a,b,kind\n");
        for (int i = 0; i < 40; i++) {
            b.append(i % 7).append(',').append(i * 0.5).append(',').append(i % 2 == 0 ? "yes" : "no").append('\n');
        }
        Files.writeString(good, b.toString());
        CliHarness ok = CliHarness.run("run", "--problem", "logistic", "--problem-param", "dataset=csv:" + good,
                "--problem-param", "label=kind", "--method", "gd", "--max-iterations", "3", "--json");
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(Json.mapper().readTree(ok.out()).get("dimension").asInt()).isEqualTo(3);
        Path ragged = dir.resolve("ragged.csv");
        Files.writeString(ragged, "1,2,0\n3,4\n");
        CliHarness bad = CliHarness.run("run", "--problem", "logistic", "--problem-param", "dataset=csv:" + ragged,
                "--method", "gd");
        assertThat(bad.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err().strip()).isEqualTo("stepplan: " + ragged + ":2 has 2 cells, expected 3 (a ragged row)");
    }

    @Test
    void compareOnALearningProblemPlotsTrainingLossAgainstEpochs() throws Exception {
        Path plot = dir.resolve("cmp");
        CliHarness r = CliHarness.run("compare", "--problem", "softmax", "--problem-param", "batch=719",
                "--methods", "gd,adam", "--max-grad-evals", "6", "--plot", plot.toString(), "--threads", "1");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> csv = Files.readAllLines(dir.resolve("cmp.csv"));
        assertThat(csv.get(0)).isEqualTo("series,epochs,train_loss");
        // 1438 training examples in batches of 719: a measurement at epochs 0, 1, 2, 3 for each method
        assertThat(csv.stream().filter(l -> l.startsWith("gd")).map(l -> l.split(",")[1]).toList())
                .containsExactly("0.0", "1.0", "2.0", "3.0");
        assertThat(csv.stream().filter(l -> l.startsWith("gd")).findFirst().orElseThrow())
                .endsWith("," + Math.log(10));
    }

    @Test
    void dataListShowsEveryDataSetWithItsSource() {
        CliHarness r = CliHarness.run("data", "list");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("digits").contains("installed").contains("python3-sklearn")
                .contains("dataset-fashion-mnist");
    }
}
