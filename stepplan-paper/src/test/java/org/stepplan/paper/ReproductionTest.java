package org.stepplan.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepplan.experiment.Experiment;
import org.stepplan.experiment.Progress;
import org.stepplan.paper.claims.Claims;
import org.stepplan.paper.figures.Figures;

class ReproductionTest {

    @TempDir
    Path dir;

    /**
     * Figure 4 and its claims read runs that go on past zero error; they are declared, so the plan (and the progress
     * count) holds every run made: the 7 of Figure 3a and the 4 past zero error, nothing else.
     */
    @Test
    void everyRunMadeIsARunOfThePlan() throws Exception {
        Set<String> only = Set.of("3a", "4");
        int planned = Reproduction.plan(Figures.all().stream().filter(f -> only.contains(f.id())).toList(),
                Claims.all().stream().filter(c -> only.contains(c.figure())).toList()).size();
        long before = Experiment.started();
        Reproduction.Outcome outcome = Reproduction.run(new Reproduction.Options(dir.resolve("out"), only, 1, false,
                "test", "test", false, Progress.none()));
        assertThat(planned).isEqualTo(7 + 4);
        assertThat(Experiment.started() - before).isEqualTo(planned);
        assertThat(outcome.report().runs()).hasSize(planned);
        assertThat(outcome.claims()).isEqualTo(10);
        List<String> files;
        try (var s = Files.list(dir.resolve("out"))) {
            files = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(files).contains("fig3a.csv", "fig4a.png", "fig4b.csv", "claims.json", "report.md", "report.html",
                "manifest.json");
    }
}
