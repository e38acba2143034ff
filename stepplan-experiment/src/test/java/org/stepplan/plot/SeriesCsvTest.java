package org.stepplan.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesCsvTest {

    @Test
    void writesOneRowPerPointWithExactNumbersKeepsFaintSettingsAndLeavesOutBackgroundLines() throws Exception {
        Series a = new Series("GD γ=0.001", new double[] {0, 1}, new double[] {0.1, 1e-300}, Look.line(Palette.GD));
        Series faint = new Series("GD γ=0.002", new double[] {0}, new double[] {0.5}, Look.faint(Palette.GD));
        Series jumps = new Series("a, \"b\"", new double[] {1, Double.NaN}, new double[] {2, Double.NaN},
                Look.line(Palette.CSAWG));
        Series contour = new Series("f = 1", new double[] {5}, new double[] {5}, Look.background(Palette.CONTOUR));
        StringWriter w = new StringWriter();
        SeriesCsv.write(w, Plot.of("t", "grad_evals", "x", "error", "y", true, List.of(a, jumps, contour, faint)));
        assertThat(w.toString()).isEqualTo("""
                series,grad_evals,error
                GD γ=0.001,0.0,0.1
                GD γ=0.001,1.0,1.0E-300
                "a, ""b\""",1.0,2.0
                "a, ""b\""",,
                GD γ=0.002,0.0,0.5
                """);
    }
}
