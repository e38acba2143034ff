package org.stepplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepplan.core.Oracle;
import org.stepplan.optim.OptimizerConfig;
import org.stepplan.planning.StepSizePlanning;
import org.stepplan.problems.Problem;
import org.stepplan.problems.Problems;
import org.stepplan.run.Minimizer;
import org.stepplan.run.Result;
import org.stepplan.run.StoppingRules;

/** The library example of README.md, verbatim, so that it stays true. */
class ReadmeExampleTest {

    @Test
    void libraryExampleGivesWhatTheReadmeSays() {
        Problem problem = Problems.create("rosenbrock", Map.of());
        OptimizerConfig csaug = StepSizePlanning.Config.defaults("csaug")      // gamma 0.001, K 2, P 5, M 10
                .with(StepSizePlanning.Config.HORIZON, 2);                       // any parameter by its declaration
        Oracle oracle = problem.oracle(0);                                       // counts every evaluation; 0 = seed
        Result r = Minimizer.minimize(oracle, csaug, problem.start(), problem.monitor(oracle),
                StoppingRules.iterations(20_000));
        assertThat(r.firstZeroError()).hasToString("Mark[iterations=18, gradEvals=458]");
    }

    @Test
    void mainCommandPrintsWhatTheReadmeShows() throws Exception {
        CliHarness r = CliHarness.run("run", "--problem", "rosenbrock", "--method", "csaug", "--param", "horizon=2");
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
        String shown = readme.substring(readme.indexOf("## One run"));
        shown = shown.substring(shown.indexOf("prints:"));
        shown = shown.substring(shown.indexOf("```\n") + 4);
        shown = shown.substring(0, shown.indexOf("```"));
        assertThat(r.out().strip()).isEqualTo(shown.strip());
    }
}
