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

    private static final float[] DASHES = {6f, 4f};

    /** Serializes SVG encoding (see {@link #write(Plot, Path, String, boolean, boolean)}). */
    private static final Object SVG_LOCK = new Object();

    private ChartFiles() {
    }

    /**
     * Writes {@code dir/name.png}, {@code .svg} and {@code .csv}.
     *
     * @return the three paths
     */
    public static List<Path> write(Plot plot, Path dir, String name, boolean overwrite) throws IOException {
        return write(plot, dir, name, overwrite, true);
    }

    /**
     * Writes {@code dir/name.png}, {@code .svg} when {@code svg} is true, and {@code .csv}. The SVG costs about as much
     * as the PNG and CSV together (VectorGraphics2D formats every coordinate with a {@code DecimalFormat}), and SVGs
     * are written one at a time: that formatter is a single static instance, unsafe to share between threads.
     *
     * @return the paths written, in that order
     */
    public static List<Path> write(Plot plot, Path dir, String name, boolean overwrite, boolean svg)
            throws IOException {
        XYChart chart = chart(plot);
        List<Path> written = new ArrayList<>();
        Path png = dir.resolve(name + ".png");
        AtomicFiles.writeBytes(png, overwrite, out -> BitmapEncoder.saveBitmap(chart, out,
                BitmapEncoder.BitmapFormat.PNG));
        written.add(png);
        if (svg) {
            Path file = dir.resolve(name + ".svg");
            synchronized (SVG_LOCK) {
                AtomicFiles.writeBytes(file, overwrite, out -> VectorGraphicsEncoder.saveVectorGraphic(chart, out,
                        VectorGraphicsEncoder.VectorGraphicsFormat.SVG));
            }
            written.add(file);
        }
        Path csv = dir.resolve(name + ".csv");
        AtomicFiles.writeText(csv, overwrite, out -> SeriesCsv.write(out, plot));
        written.add(csv);
        return List.copyOf(written);
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
        st.setLegendPosition(plot.legend() == Plot.Legend.LOWER_LEFT ? Styler.LegendPosition.InsideSW
                : Styler.LegendPosition.OutsideE);
        st.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        st.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        st.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        st.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        st.setMarkerSize(4);
        st.setAntiAlias(true);
        st.setYAxisLogarithmic(plot.logY());
        st.setXAxisLogarithmic(plot.logX());
        if (plot.logY()) {
            st.setYAxisTickLabelsFormattingFunction(ChartFiles::powerOfTen);
        }
        if (plot.logX()) {
            st.setXAxisTickLabelsFormattingFunction(ChartFiles::powerOfTen);
        }
        Plot.Frame f = plot.frame();
        if (f != null) {
            st.setXAxisMin(Double.isNaN(f.xMin()) ? null : f.xMin());
            st.setXAxisMax(Double.isNaN(f.xMax()) ? null : f.xMax());
            st.setYAxisMin(Double.isNaN(f.yMin()) ? null : f.yMin());
            st.setYAxisMax(Double.isNaN(f.yMax()) ? null : f.yMax());
        }
        // the series kept out of the legend (contour lines, faint settings) first, beneath the ones it names
        for (boolean legend : new boolean[] {false, true}) {
            for (Series s : plot.series()) {
                if (s.look().inLegend() == legend) {
                    addTo(chart, s, plot.logX(), plot.logY());
                }
            }
        }
        return chart;
    }

    /**
     * A log axis' tick label, the same form on every axis and figure: 10ⁿ with a superscript exponent (10⁰ = 1,
     * 10⁻⁴ = 0.0001), or m×10ⁿ between powers of ten.
     */
    static String powerOfTen(double v) {
        int n = (int) Math.floor(Math.log10(v) + 1e-9);
        long m = Math.round(v / Math.pow(10, n));
        if (m == 10) {
            m = 1;
            n++;
        }
        String power = "10" + superscript(n);
        return m == 1 ? power : m + "×" + power;
    }

    private static String superscript(int n) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder b = new StringBuilder(n < 0 ? "⁻" : "");
        for (char c : Integer.toString(Math.abs(n)).toCharArray()) {
            b.append(digits.charAt(c - '0'));
        }
        return b.toString();
    }

    /** Adds {@code s} to {@code chart} in its look; null when nothing of it can be drawn. */
    static XYSeries addTo(XYChart chart, Series s, boolean logX, boolean logY) {
        Series drawn = logX || logY ? positive(s, logX, logY) : s;
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
        xy.setLineStyle(!look.line() ? SeriesLines.NONE : look.dashed()
                ? new BasicStroke(look.lineWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, DASHES, 0f)
                : new BasicStroke(look.lineWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        xy.setShowInLegend(look.inLegend());
        return xy;
    }

    /** The points of {@code s} positive on each logarithmic axis (it cannot show the others). */
    private static Series positive(Series s, boolean logX, boolean logY) {
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!(logX && s.x(i) <= 0) && !(logY && s.y(i) <= 0)) {
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
