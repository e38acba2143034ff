package org.stepplan.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;

class ChartFilesTest {

    @TempDir
    Path dir;

    @Test
    void aLogAxisDropsNonPositivePointsFromThePictureButNotFromTheCsv() throws Exception {
        Series s = new Series("e", new double[] {0, 1, 2}, new double[] {1, 0.5, 0}, Look.line(Palette.GD));
        XYSeries drawn = ChartFiles.addTo(new XYChartBuilder().build(), s, false, true);
        assertThat(drawn.getYData()).containsExactly(1.0, 0.5);
        Series zeros = new Series("z", new double[] {0}, new double[] {0}, Look.line(Palette.GD));
        assertThat(ChartFiles.addTo(new XYChartBuilder().build(), zeros, false, true)).isNull();

        Plot plot = Plot.of("t", "iteration", "k", "error", "e", true, List.of(s));
        assertThat(ChartFiles.chart(plot).getStyler().isYAxisLogarithmic()).isTrue();
        List<Path> files = ChartFiles.write(plot, dir, "p", false);
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("p.png", "p.svg", "p.csv");
        assertThat(Files.readAllLines(dir.resolve("p.csv"))).hasSize(4);
    }

    @Test
    void withoutSvgOnlyThePngAndTheCsvAreWritten() throws Exception {
        Series s = new Series("e", new double[] {0, 1}, new double[] {1, 0.5}, Look.line(Palette.GD));
        List<Path> files = ChartFiles.write(Plot.of("t", "iteration", "k", "error", "e", true, List.of(s)), dir, "q",
                false, false);
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("q.png", "q.csv");
        assertThat(dir.resolve("q.svg")).doesNotExist();
    }

    @Test
    void logAxisTicksAreAllPowersOfTenWithSuperscriptExponents() {
        assertThat(ChartFiles.powerOfTen(1e-4)).isEqualTo("10⁻⁴");
        assertThat(ChartFiles.powerOfTen(0.001)).isEqualTo("10⁻³");
        assertThat(ChartFiles.powerOfTen(1)).isEqualTo("10⁰");
        assertThat(ChartFiles.powerOfTen(10)).isEqualTo("10¹");
        assertThat(ChartFiles.powerOfTen(20_000)).isEqualTo("2×10⁴");
        assertThat(ChartFiles.powerOfTen(9.999999999e-16)).isEqualTo("10⁻¹⁵");
        Series s = new Series("e", new double[] {1, 10}, new double[] {1, 0.1}, Look.line(Palette.GD));
        var st = ChartFiles.chart(Plot.of("t", "x", "x", "y", "y", true, List.of(s)).withLogX()).getStyler();
        assertThat(st.getYAxisTickLabelsFormattingFunction().apply(1e-4)).isEqualTo("10⁻⁴");
        assertThat(st.getXAxisTickLabelsFormattingFunction().apply(100.0)).isEqualTo("10²");
        assertThat(st.isXAxisLogarithmic()).isTrue();
    }

    @Test
    void aLogXAxisDropsPointsAtZeroEvaluationsFromThePicture() {
        Series s = new Series("e", new double[] {0, 1, 2}, new double[] {1, 0.5, 0.25}, Look.line(Palette.GD));
        assertThat(ChartFiles.addTo(new XYChartBuilder().build(), s, true, true).getXData()).containsExactly(1.0, 2.0);
    }

    @Test
    void faintSettingsAreDrawnFirstOutOfTheLegendAndTheLegendCanGoInsideTheLowerLeftCorner() {
        Series best = new Series("best", new double[] {0, 1}, new double[] {1, 0.1}, Look.line(Palette.ADAM));
        Series other = new Series("other", new double[] {0, 1}, new double[] {1, 0.5}, Look.faint(Palette.ADAM));
        XYChart chart = ChartFiles.chart(Plot.of("t", "x", "x", "y", "y", true, List.of(best, other))
                .legendAt(Plot.Legend.LOWER_LEFT));
        assertThat(chart.getSeriesCollection()).extracting(XYSeries::getName).containsExactly("other", "best");
        assertThat(chart.getSeries("other").isShowInLegend()).isFalse();
        assertThat(chart.getSeries("other").getLineColor().getAlpha()).isLessThan(255);
        assertThat(chart.getStyler().getLegendPosition()).isEqualTo(Styler.LegendPosition.InsideSW);
    }

    @Test
    void dotsAreScatterAndBackgroundLinesStayOutOfTheLegend() {
        XYChart chart = new XYChartBuilder().build();
        Series dots = new Series("d", new double[] {0, 1}, new double[] {0, 1}, Look.dots(Palette.CSAWG));
        Series contour = new Series("c", new double[] {0, 1}, new double[] {1, 0}, Look.background(Palette.CONTOUR));
        assertThat(ChartFiles.addTo(chart, dots, false, false).getXYSeriesRenderStyle())
                .hasValue(XYSeries.XYSeriesRenderStyle.Scatter);
        assertThat(ChartFiles.addTo(chart, contour, false, false).isShowInLegend()).isFalse();
    }

    @Test
    void aFrameFixesOnlyTheEndsItGives() {
        Series s = new Series("s", new double[] {0, 1}, new double[] {0, 1}, Look.line(Palette.GD));
        XYChart chart = ChartFiles.chart(Plot.of("t", "x", "x", "y", "y", false, List.of(s))
                .within(new Plot.Frame(-1, 2, Double.NaN, Double.NaN)).tall(700));
        assertThat(chart.getStyler().getXAxisMin()).isEqualTo(-1.0);
        assertThat(chart.getStyler().getXAxisMax()).isEqualTo(2.0);
        assertThat(chart.getStyler().getYAxisMin()).isNull();
        assertThat(chart.getHeight()).isEqualTo(700);
    }
}
