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

class ChartFilesTest {

    @TempDir
    Path dir;

    @Test
    void aLogAxisDropsNonPositivePointsFromThePictureButNotFromTheCsv() throws Exception {
        Series s = new Series("e", new double[] {0, 1, 2}, new double[] {1, 0.5, 0}, Look.line(Palette.GD));
        XYSeries drawn = ChartFiles.addTo(new XYChartBuilder().build(), s, true);
        assertThat(drawn.getYData()).containsExactly(1.0, 0.5);
        Series zeros = new Series("z", new double[] {0}, new double[] {0}, Look.line(Palette.GD));
        assertThat(ChartFiles.addTo(new XYChartBuilder().build(), zeros, true)).isNull();

        Plot plot = Plot.of("t", "iteration", "k", "error", "e", true, List.of(s));
        assertThat(ChartFiles.chart(plot).getStyler().isYAxisLogarithmic()).isTrue();
        List<Path> files = ChartFiles.write(plot, dir, "p", false);
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("p.png", "p.svg", "p.csv");
        assertThat(Files.readAllLines(dir.resolve("p.csv"))).hasSize(4);
    }

    @Test
    void dotsAreScatterAndBackgroundLinesStayOutOfTheLegend() {
        XYChart chart = new XYChartBuilder().build();
        Series dots = new Series("d", new double[] {0, 1}, new double[] {0, 1}, Look.dots(Palette.CSAWG));
        Series contour = new Series("c", new double[] {0, 1}, new double[] {1, 0}, Look.background(Palette.CONTOUR));
        assertThat(ChartFiles.addTo(chart, dots, false).getXYSeriesRenderStyle())
                .hasValue(XYSeries.XYSeriesRenderStyle.Scatter);
        assertThat(ChartFiles.addTo(chart, contour, false).isShowInLegend()).isFalse();
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
