package org.stepplan.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void plainLinesComeAtEachTenthOfAPhaseAndAShortPhaseGetsOneLinePerItem() {
        StringWriter out = new StringWriter();
        try (Progress p = Progress.lines(new PrintWriter(out))) {
            p.phase("runs", 52);
            for (int i = 1; i <= 52; i++) {
                p.done("run " + i);
            }
            p.phase("figures", 3);
            for (int i = 1; i <= 3; i++) {
                p.done("fig " + i);
            }
        }
        assertThat(out.toString().lines()).containsExactly("[6/52] runs: run 6", "[11/52] runs: run 11",
                "[16/52] runs: run 16", "[21/52] runs: run 21", "[26/52] runs: run 26", "[32/52] runs: run 32",
                "[37/52] runs: run 37", "[42/52] runs: run 42", "[47/52] runs: run 47", "[52/52] runs: run 52",
                "[1/3] figures: fig 1", "[2/3] figures: fig 2", "[3/3] figures: fig 3");
    }
}
