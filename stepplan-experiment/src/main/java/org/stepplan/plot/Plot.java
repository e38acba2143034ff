package org.stepplan.plot;

import java.util.List;
import java.util.Objects;

/**
 * A chart as data: title, axes and series. {@link ChartFiles} draws it as PNG and SVG, {@link SeriesCsv} writes its
 * points, so the picture and its CSV always show the same numbers.
 *
 * @param title  the chart title
 * @param xName  the x column's name in the CSV (an identifier, e.g. {@code grad_evals})
 * @param xLabel the x axis title
 * @param yName  the y column's name in the CSV
 * @param yLabel the y axis title
 * @param logY   logarithmic y axis (non-positive y values are not drawn; the CSV keeps them)
 * @param series the series, drawn in order
 * @param frame  fixed axis ranges, or null to fit the data
 * @param height the picture's height in pixels (the width is {@link ChartFiles#WIDTH})
 * @param logX   logarithmic x axis (non-positive x values are not drawn; the CSV keeps them)
 * @param legend where the legend goes
 */
public record Plot(String title, String xName, String xLabel, String yName, String yLabel, boolean logY,
                   List<Series> series, Frame frame, int height, boolean logX, Legend legend) {

    /** Where the legend goes. */
    public enum Legend {
        /** Right of the plot area. */
        RIGHT,
        /** Inside the plot area, in its lower left corner (empty when every curve falls from the upper left). */
        LOWER_LEFT
    }

    /** Fixed axis ranges; NaN leaves that end to fit the data. */
    public record Frame(double xMin, double xMax, double yMin, double yMax) {
    }

    public Plot {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(legend, "legend");
        series = List.copyOf(series);
        long distinct = series.stream().map(Series::name).distinct().count();
        if (distinct != series.size()) {
            throw new IllegalArgumentException("plot '" + title + "' has two series with the same name");
        }
    }

    /** A chart of lines whose axes fit the data. */
    public static Plot of(String title, String xName, String xLabel, String yName, String yLabel, boolean logY,
                          List<Series> series) {
        return new Plot(title, xName, xLabel, yName, yLabel, logY, series, null, ChartFiles.HEIGHT, false, Legend.RIGHT);
    }

    /** The same plot with fixed axis ranges. */
    public Plot within(Frame f) {
        return new Plot(title, xName, xLabel, yName, yLabel, logY, series, f, height, logX, legend);
    }

    /** The same plot {@code pixels} high (for a long legend). */
    public Plot tall(int pixels) {
        return new Plot(title, xName, xLabel, yName, yLabel, logY, series, frame, pixels, logX, legend);
    }

    /** The same plot with a logarithmic x axis. */
    public Plot withLogX() {
        return new Plot(title, xName, xLabel, yName, yLabel, logY, series, frame, height, true, legend);
    }

    /** The same plot with its legend at {@code where}. */
    public Plot legendAt(Legend where) {
        return new Plot(title, xName, xLabel, yName, yLabel, logY, series, frame, height, logX, where);
    }
}
