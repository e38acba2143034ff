package org.stepplan.plot;

import java.awt.Color;

/** The colours of the figures: one per method family, shades within a family. */
public final class Palette {

    public static final Color GD = new Color(0x1f, 0x77, 0xb4);
    public static final Color NESTEROV = new Color(0x2c, 0xa0, 0x2c);
    public static final Color HEAVY_BALL = new Color(0x17, 0xbe, 0xcf);
    public static final Color RMSPROP = new Color(0xe3, 0xb5, 0x00);
    public static final Color ADAM = new Color(0x39, 0x3b, 0x79);
    public static final Color CSAWG = new Color(0xd6, 0x27, 0x28);
    public static final Color CSAUG = new Color(0x94, 0x67, 0xbd);
    public static final Color CONTOUR = new Color(0xb0, 0xb0, 0xb0);
    public static final Color OPTIMUM = Color.BLACK;

    private static final Color[] CYCLE = {
        new Color(0xd6, 0x27, 0x28), new Color(0x1f, 0x77, 0xb4), new Color(0x2c, 0xa0, 0x2c),
        new Color(0x94, 0x67, 0xbd), new Color(0xff, 0x7f, 0x0e), new Color(0x8c, 0x56, 0x4b),
        new Color(0xe3, 0x77, 0xc2), new Color(0x7f, 0x7f, 0x7f), new Color(0xbc, 0xbd, 0x22),
        new Color(0x17, 0xbe, 0xcf)};

    private static final Color[] PLANNING = {
        new Color(0xd6, 0x27, 0x28), new Color(0xff, 0x7f, 0x0e), new Color(0x94, 0x67, 0xbd),
        new Color(0x8c, 0x56, 0x4b)};

    private Palette() {
    }

    /** The i-th of four distinct warm colours for the horizons K of a planning method. */
    public static Color planning(int i) {
        return PLANNING[Math.floorMod(i, PLANNING.length)];
    }

    /** The i-th colour of a fixed cycle of ten distinct colours. */
    public static Color cycle(int i) {
        return CYCLE[Math.floorMod(i, CYCLE.length)];
    }

    /** Shade i of n of {@code base}: from the base colour (i = 0) towards a lighter tint. */
    public static Color shade(Color base, int i, int n) {
        if (n <= 1) {
            return base;
        }
        double t = 0.6 * i / (n - 1);
        return new Color(mix(base.getRed(), t), mix(base.getGreen(), t), mix(base.getBlue(), t));
    }

    private static int mix(int c, double t) {
        return (int) Math.round(c + (255 - c) * t);
    }
}
