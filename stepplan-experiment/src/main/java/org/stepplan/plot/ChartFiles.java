package org.stepplan.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.stepplan.files.AtomicFiles;

/**
 * Draws a {@link Plot} with XChart (headless) and writes it as {@code NAME.png}, {@code NAME.svg} and
 * {@code NAME.csv}, each atomically.
 */
public final class ChartFiles {

    /** Width of every chart, in pixels. */
    public static final int WIDTH = 900;
    /** Height of every chart, in pixels. */
    public static final int HEIGHT = 600;

    private static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            10f, new float[] {6f, 4f}, 0f);

    private ChartFiles() {
    }

    /**
     * Writes {@code dir/name.png}, {@code .svg} and {@code .csv}.
     *
     * @return the three paths
     */
    public static List<Path> write(Plot plot, Path dir, String name, boolean overwrite) throws IOException {
        XYChart chart = chart(plot);
        Path png = dir.resolve(name + ".png");
        Path svg = dir.resolve(name + ".svg");
        Path csv = dir.resolve(name + ".csv");
        AtomicFiles.writeBytes(png, overwrite, out -> BitmapEncoder.saveBitmap(chart, out,
                BitmapEncoder.BitmapFormat.PNG));
        AtomicFiles.writeBytes(svg, overwrite, out -> VectorGraphicsEncoder.saveVectorGraphic(chart, out,
                VectorGraphicsEncoder.VectorGraphicsFormat.SVG));
        AtomicFiles.writeText(csv, overwrite, out -> SeriesCsv.write(out, plot));
        return List.of(png, svg, csv);
    }

    /** The PNG bytes of {@code plot} (for inlining in a report). */
    public static byte[] png(Plot plot) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BitmapEncoder.saveBitmap(chart(plot), out, BitmapEncoder.BitmapFormat.PNG);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The XChart chart of {@code plot}. */
    public static XYChart chart(Plot plot) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(plot.height()).title(plot.title())
                .xAxisTitle(plot.xLabel()).yAxisTitle(plot.yLabel()).build();
        var st = chart.getStyler();
        st.setChartBackgroundColor(Color.WHITE);
        st.setPlotBackgroundColor(Color.WHITE);
        st.setPlotBorderColor(Color.GRAY);
        st.setPlotGridLinesColor(new Color(0xe6, 0xe6, 0xe6));
        st.setLegendPosition(Styler.LegendPosition.OutsideE);
        st.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        st.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        st.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        st.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        st.setMarkerSize(4);
        st.setAntiAlias(true);
        st.setYAxisLogarithmic(plot.logY());
        Plot.Frame f = plot.frame();
        if (f != null) {
            st.setXAxisMin(Double.isNaN(f.xMin()) ? null : f.xMin());
            st.setXAxisMax(Double.isNaN(f.xMax()) ? null : f.xMax());
            st.setYAxisMin(Double.isNaN(f.yMin()) ? null : f.yMin());
            st.setYAxisMax(Double.isNaN(f.yMax()) ? null : f.yMax());
        }
        for (Series s : plot.series()) {
            addTo(chart, s, plot.logY());
        }
        return chart;
    }

    /** Adds {@code s} to {@code chart} in its look; null when nothing of it can be drawn. */
    static XYSeries addTo(XYChart chart, Series s, boolean logY) {
        Series drawn = logY ? positive(s) : s;
        if (drawn.size() == 0) {
            return null;
        }
        XYSeries xy = chart.addSeries(s.name(), drawn.x(), drawn.y());
        Look look = s.look();
        if (look.markers() && !look.line()) {
            xy.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        }
        xy.setMarker(look.markers() ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        xy.setMarkerColor(look.color());
        xy.setLineColor(look.color());
        xy.setLineWidth(look.lineWidth());
        xy.setLineStyle(!look.line() ? SeriesLines.NONE : look.dashed() ? DASHED
                : new BasicStroke(look.lineWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        xy.setShowInLegend(look.inLegend());
        return xy;
    }

    /** The points of {@code s} with a positive y (a logarithmic axis cannot show the others). */
    private static Series positive(Series s) {
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!(s.y(i) <= 0)) {
                kept.add(new double[] {s.x(i), s.y(i)});
            }
        }
        double[] x = new double[kept.size()];
        double[] y = new double[kept.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = kept.get(i)[0];
            y[i] = kept.get(i)[1];
        }
        return new Series(s.name(), x, y, s.look());
    }
}
