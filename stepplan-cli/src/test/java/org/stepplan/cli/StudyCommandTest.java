package org.stepplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StudyCommandTest {

    @TempDir
    Path dir;

    /** --sections 2 runs the csaug grid alone, and --plan-param names the plan it measures in the report. */
    @Test
    void sectionsRunOnlyTheChosenOnes() throws Exception {
        CliHarness r = CliHarness.run("study", "planning", "--out", dir.toString(), "--sections", "2", "--threads",
                "1", "--plan-param", "base_step=fixed");
        assertThat(r.exit()).isEqualTo(0);
        String md = Files.readString(dir.resolve("study.md"));
        assertThat(md).contains("--sections 2 --plan-param base_step=fixed").contains("## 2. csaug")
                .doesNotContain("## 1.").doesNotContain("## 3.").doesNotContain("## 4.").doesNotContain("## 5.");
        assertThat(md.lines().filter(l -> l.startsWith("| 10 | 0.001 |"))).singleElement().asString()
                .contains("diverged");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0-4", "1-8", "4-2", "1,,2", "x", "1-2-3"})
    void aBadSectionListIsOneLineOnStderrAndExitTwo(String sections) {
        CliHarness r = CliHarness.run("study", "planning", "--out", dir.toString(), "--sections", sections);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().contains("--sections '" + sections + "'");
    }

    @Test
    void anUnknownPlanParameterOrLearningProblemIsRefusedNamingIt() {
        CliHarness p = CliHarness.run("study", "planning", "--out", dir.toString(), "--plan-param", "alignment=2");
        assertThat(p.exit()).isEqualTo(2);
        assertThat(p.err()).contains("alignment");
        CliHarness l = CliHarness.run("study", "planning", "--out", dir.toString(), "--learning-problems",
                "softmax/iris");
        assertThat(l.exit()).isEqualTo(2);
        assertThat(l.err()).contains("softmax/iris");
    }
}
