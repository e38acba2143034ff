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
 */
public record Look(Color color, boolean line, boolean markers, boolean dashed, float lineWidth, boolean inLegend) {

    public Look {
        Objects.requireNonNull(color, "color");
    }

    /** A solid line. */
    public static Look line(Color color) {
        return new Look(color, true, false, false, 1.5f, true);
    }

    /** A dashed line. */
    public static Look dashed(Color color) {
        return new Look(color, true, false, true, 1.5f, true);
    }

    /** Dots only. */
    public static Look dots(Color color) {
        return new Look(color, false, true, false, 1f, true);
    }

    /** A line with a dot at each point. */
    public static Look lineAndDots(Color color) {
        return new Look(color, true, true, false, 1f, true);
    }

    /** A thin background line kept out of the legend (contour lines). */
    public static Look background(Color color) {
        return new Look(color, true, false, false, 0.7f, false);
    }
}
