package org.stepplan.plot;

import java.awt.Color;
import java.util.Objects;

/**
 * How one series is drawn.
 *
 * @param color      line and marker colour
 * @param line       draw a line through the points (NaN points break it)
 * @param markers    draw a dot at each point
 * @param dashed     dashed line
 * @param lineWidth  line width in pixels
 * @param inLegend   list the series in the legend
 * @param data       a measurement: written to the CSV (false for background such as contour lines)
 */
public record Look(Color color, boolean line, boolean markers, boolean dashed, float lineWidth, boolean inLegend,
                   boolean data) {

    public Look {
        Objects.requireNonNull(color, "color");
    }

    /** A solid line. */
    public static Look line(Color color) {
        return new Look(color, true, false, false, 1.5f, true, true);
    }

    /** A dashed line. */
    public static Look dashed(Color color) {
        return new Look(color, true, false, true, 1.5f, true, true);
    }

    /** Dots only. */
    public static Look dots(Color color) {
        return new Look(color, false, true, false, 1f, true, true);
    }

    /** A line with a dot at each point. */
    public static Look lineAndDots(Color color) {
        return new Look(color, true, true, false, 1f, true, true);
    }

    /** A thin background line kept out of the legend (contour lines). */
    public static Look background(Color color) {
        return new Look(color, true, false, false, 0.7f, false, false);
    }

    /**
     * A thin pale line kept out of the legend but written to the CSV: one of many settings drawn behind the ones the
     * legend names (drawn first, under every series in the legend).
     */
    public static Look faint(Color color) {
        return new Look(Palette.translucent(color, 0.3), true, false, false, 1f, false, true);
    }

    /** The same look with lines {@code pixels} wide. */
    public Look width(float pixels) {
        return new Look(color, line, markers, dashed, pixels, inLegend, data);
    }
}
