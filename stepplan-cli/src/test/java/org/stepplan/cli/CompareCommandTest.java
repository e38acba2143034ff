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

class CompareCommandTest {

    @TempDir
    Path dir;

    private Path spec(String name, String yaml) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, yaml);
        return p;
    }

    private static String line(String table, String method) {
        return table.lines().filter(l -> l.startsWith(method + " ")).findFirst().orElseThrow();
    }

    /**
     * The Figure 5a GD grid with target 1e-3: γ=0.002 gets there first (8,234 evaluations; it oscillates later, but the
     * run stops at the target), so the stated rule picks it; its numbers are those of {@code stepplan run}.
     */
    @Test
    void picksEachMethodsBestSettingByTheStatedRuleWithTheNumbersOfStepplanRun() throws Exception {
        Path grid = spec("grid.yaml", """
                # Figure 5a's GD grid and the Figure 9 heavy balls
                max-grad-evals: 20000
                target-error: 1.0e-3
                methods:
                  gd:
                    gamma: [0.0005, 0.001, 0.0015, 0.002]
                  heavy-ball: {a: 0.0015, p: [0.8, 0.9]}
                """);
        Path plot = dir.resolve("plot");
        CliHarness r = CliHarness.run("compare", "--problem", "rosenbrock", "--spec", grid.toString(), "--plot",
                plot.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("fewest gradient evaluations to the target", "target error 0.001");
        assertThat(line(r.out(), "gd")).contains("gamma=0.002", "8,234", "target-reached").endsWith(" 4");
        assertThat(line(r.out(), "heavy-ball")).contains("a=0.0015 p=0.9", "1,051").endsWith(" 2");

        JsonNode gd = Json.mapper().readTree(CliHarness.run("run", "--problem", "rosenbrock", "--method", "gd",
                "--param", "gamma=0.002", "--target-error", "1e-3", "--max-iterations", "20000", "--json").out());
        assertThat(gd.get("gradEvals").asLong()).isEqualTo(8_234);

        byte[] png = Files.readAllBytes(dir.resolve("plot.png"));
        assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
        assertThat(Files.readString(dir.resolve("plot.svg"))).contains("<svg");
        List<String> csv = Files.readAllLines(dir.resolve("plot.csv"));
        assertThat(csv.get(0)).isEqualTo("series,grad_evals,error");
        assertThat(csv).anyMatch(l -> l.startsWith("gd (gamma=0.002),8234.0,"));
    }

    @Test
    void withoutASpecEachMethodRunsAtItsDefaultsAndExistingPlotsNeedForce() throws Exception {
        Path plot = dir.resolve("d");
        String[] args = {"compare", "--problem", "rosenbrock", "--methods", "gd,csawg", "--max-grad-evals", "500",
            "--plot", plot.toString()};
        CliHarness r = CliHarness.run(args);
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        assertThat(line(r.out(), "gd")).contains("defaults", "max-grad-evals").endsWith(" 1");
        assertThat(line(r.out(), "csawg")).contains("defaults");
        assertThat(r.out()).contains("target error none");

        CliHarness again = CliHarness.run(args);
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("already exists", "--force");
    }

    @Test
    void theOutputDoesNotDependOnTheThreadCount() throws Exception {
        Path grid = spec("g.yaml", "methods:\n  rmsprop: {lr: [0.001, 0.01], alpha: [0.9, 0.99]}\n");
        CliHarness one = CliHarness.run("compare", "--problem", "rosenbrock", "--spec", grid.toString(),
                "--max-grad-evals", "3000", "--plot", dir.resolve("one").toString(), "--threads", "1");
        CliHarness two = CliHarness.run("compare", "--problem", "rosenbrock", "--spec", grid.toString(),
                "--max-grad-evals", "3000", "--plot", dir.resolve("two").toString(), "--threads", "2");
        assertThat(two.out().replace("two.", "one.").replace(dir.resolve("two").toString(),
                dir.resolve("one").toString())).isEqualTo(one.out());
        assertThat(Files.readAllBytes(dir.resolve("two.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("one.csv")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown parameter | methods:\\n  gd:\\n    gama: [1]\\n           | 3:5  | unknown parameter 'gama' of gd",
        "bad value         | methods:\\n  gd:\\n    gamma: [0.001, -2]\\n  | 3:20 | gamma must be finite and > 0",
        "unclosed list     | methods:\\n  gd: {gamma: [0.001\\n           | 3:1  | expected ',' or ']'",
        "unknown method    | methods:\\n  sgdd: {}\\n                      | 2:3  | unknown method 'sgdd'",
        "bad budget        | max-grad-evals: lots\\nmethods: {gd: {}}\\n   | 1:17 | integer >= 1, got 'lots'",
        "unknown key       | method:\\n  gd: {}\\n                         | 1:1  | unknown key 'method'",
        "methods not a map | methods: [gd]\\n                              | 1:10 | methods must be a map",
        "empty list        | methods:\\n  gd: {gamma: []}\\n              | 2:15 | empty list",
        "tab indentation   | methods:\\n\\tgd: {}\\n                       | 2:1  | TAB",
    })
    void aMalformedSpecFailsWithFileLineAndColumn(String name, String yaml, String place, String message)
            throws Exception {
        Path bad = spec("bad.yaml", yaml.strip().replace("\\n", "\n").replace("\\t", "\t"));
        CliHarness r = CliHarness.run("compare", "--problem", "rosenbrock", "--spec", bad.toString(), "--plot",
                dir.resolve("p").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").startsWith("stepplan: " + bad + ":" + place + ": ")
                .contains(message);
        assertThat(dir.resolve("p.png")).doesNotExist();
    }

    @Test
    void aMissingSpecIsBadInput() {
        CliHarness r = CliHarness.run("compare", "--problem", "rosenbrock", "--spec", dir.resolve("no.yaml")
                .toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no.yaml: no such file");
    }
}
