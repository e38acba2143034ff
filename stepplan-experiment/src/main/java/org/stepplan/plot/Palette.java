package org.stepplan.plot;

import java.awt.Color;

/**
 * The colours of the figures: one per method family from the Okabe-Ito palette (distinct for the common forms of
 * colour blindness; its pale yellow is left out, it hardly shows on white), and a fixed cycle for other charts.
 */
public final class Palette {

    /** Okabe-Ito blue. */
    public static final Color GD = new Color(0x00, 0x72, 0xb2);
    /** Okabe-Ito bluish green. */
    public static final Color NESTEROV = new Color(0x00, 0x9e, 0x73);
    /** Okabe-Ito sky blue. */
    public static final Color HEAVY_BALL = new Color(0x56, 0xb4, 0xe9);
    /** Okabe-Ito orange. */
    public static final Color RMSPROP = new Color(0xe6, 0x9f, 0x00);
    /** Black. */
    public static final Color ADAM = Color.BLACK;
    /** Okabe-Ito vermillion. */
    public static final Color CSAWG = new Color(0xd5, 0x5e, 0x00);
    /** Okabe-Ito reddish purple. */
    public static final Color CSAUG = new Color(0xcc, 0x79, 0xa7);
    public static final Color CONTOUR = new Color(0xb0, 0xb0, 0xb0);
    public static final Color OPTIMUM = Color.BLACK;

    private static final Color[] CYCLE = {
        new Color(0xd6, 0x27, 0x28), new Color(0x1f, 0x77, 0xb4), new Color(0x2c, 0xa0, 0x2c),
        new Color(0x94, 0x67, 0xbd), new Color(0xff, 0x7f, 0x0e), new Color(0x8c, 0x56, 0x4b),
        new Color(0xe3, 0x77, 0xc2), new Color(0x7f, 0x7f, 0x7f), new Color(0xbc, 0xbd, 0x22),
        new Color(0x17, 0xbe, 0xcf)};

    private static final Color[] PLANNING = {CSAWG, RMSPROP, CSAUG, Color.BLACK};
    private static final Color[] GRID = {GD, HEAVY_BALL, NESTEROV, new Color(0x77, 0x77, 0x77)};

    private Palette() {
    }

    /** The i-th of four distinct colours for the horizons K of a planning method (vermillion, orange, purple, black). */
    public static Color planning(int i) {
        return PLANNING[Math.floorMod(i, PLANNING.length)];
    }

    /**
     * The i-th of four distinct colours for the settings of a baseline's grid drawn beside planning methods (blue, sky
     * blue, green, grey): none of them is a {@link #planning} colour.
     */
    public static Color grid(int i) {
        return GRID[Math.floorMod(i, GRID.length)];
    }

    /** The i-th colour of a fixed cycle of ten distinct colours. */
    public static Color cycle(int i) {
        return CYCLE[Math.floorMod(i, CYCLE.length)];
    }

    /** {@code base} with opacity {@code alpha} (0 transparent .. 1 opaque). */
    public static Color translucent(Color base, double alpha) {
        return new Color(base.getRed(), base.getGreen(), base.getBlue(), (int) Math.round(255 * alpha));
    }
}
