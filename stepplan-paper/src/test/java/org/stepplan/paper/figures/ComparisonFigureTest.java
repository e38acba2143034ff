package org.stepplan.paper.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepplan.paper.runs.Measured;
import org.stepplan.paper.runs.PaperMethod;
import org.stepplan.paper.runs.PaperRuns;
import org.stepplan.paper.runs.RunRequest;
import org.stepplan.paper.runs.Runs;
import org.stepplan.plot.Plot;
import org.stepplan.plot.Series;
import org.stepplan.run.StoppingRules;

/** Figure 9 drawn legibly: the best setting of each grid in colour, the rest faint, evaluations on a log axis. */
class ComparisonFigureTest {

    private static Runs measure(List<RunRequest> requests) {
        Map<String, Measured> byId = new LinkedHashMap<>();
        requests.forEach(r -> byId.put(r.id(), Measured.run(r)));
        return new Runs(byId);
    }

    @Test
    void theBestSettingHasTheLowestErrorAtTheEndOfTheAxisTheEarlierOnATieAndADivergedRunNever() {
        RunRequest csaug2 = PaperRuns.csaug(2);
        RunRequest csaug10 = PaperRuns.csaug(10);
        RunRequest gd = PaperRuns.gd(0.001);
        RunRequest diverged = new RunRequest("GD 0.01", PaperRuns.ROSENBROCK, new PaperMethod.Gd(0.01),
                StoppingRules.iterations(1000));
        Runs runs = measure(List.of(csaug2, csaug10, gd, diverged));
        // both Csaug runs reach exactly 0, K2 after 458 evaluations and K10 after 465
        assertThat(ComparisonFigure.best(List.of(csaug10, gd, csaug2), runs)).isEqualTo(csaug2);
        assertThat(ComparisonFigure.best(List.of(diverged, gd), runs)).isEqualTo(gd);
    }

    @Test
    void legendsGiveTheEndOfARunInTheUnitOfTheAxis() {
        Measured csaug = Measured.run(PaperRuns.csaug(2));
        assertThat(Curves.legend(csaug, Curves.Axis.ITERATIONS)).isEqualTo("Csaug K2 P5 M10 (0 at k=18)");
        assertThat(Curves.legend(csaug, Curves.Axis.GRAD_EVALS))
                .isEqualTo("Csaug K2 P5 M10 (0 after 458 evaluations)");
        Measured diverged = Measured.run(new RunRequest("GD 0.01", PaperRuns.ROSENBROCK, new PaperMethod.Gd(0.01),
                StoppingRules.iterations(1000)));
        assertThat(Curves.legend(diverged, Curves.Axis.GRAD_EVALS))
                .matches("GD 0\\.01 \\(diverged after \\d+ evaluations\\)");
    }

    @Test
    void figure9NamesSevenCurvesInTheLegendKeepsAllThirtySixInTheDataAndHasALogEvaluationsAxis() {
        Figure f = ComparisonFigure.figure9();
        Plot plot = f.drawing().draw(measure(f.runs())).get(0).plot();
        assertThat(plot.series()).hasSize(36).allMatch(s -> s.look().data());
        assertThat(plot.series().stream().filter(s -> s.look().inLegend()).map(Series::name)).containsExactly(
                "GD γ=0.001", "Csawg K2 γ=0.001 (diverged after 28749 evaluations)",
                "Csaug K2 P5 M10 (0 after 458 evaluations)", "Csaug K10 P5 M10 (0 after 465 evaluations)",
                "heavy ball a=0.0015 p=0.9 (0 after 4774 evaluations)", "RMSprop lr=0.0005 α=0.9",
                "Adam lr=0.01 β1=0.99 β2=0.999 (0 after 11792 evaluations)");
        assertThat(plot.logX()).isTrue();
        assertThat(plot.logY()).isTrue();
        assertThat(plot.legend()).isEqualTo(Plot.Legend.LOWER_LEFT);
    }
}
