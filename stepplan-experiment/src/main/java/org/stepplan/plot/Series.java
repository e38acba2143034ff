package org.stepplan.plot;

import java.util.Objects;

/**
 * One named series of points; NaN in x or y breaks a line (used for contour segments and planning jumps).
 *
 * @param name the legend text, unique within a plot
 * @param x    abscissae
 * @param y    ordinates, as many as x
 * @param look how it is drawn
 */
public record Series(String name, double[] x, double[] y, Look look) {

    public Series {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(look, "look");
        if (x.length != y.length) {
            throw new IllegalArgumentException("series '" + name + "': " + x.length + " x values but " + y.length
                    + " y values");
        }
        x = x.clone();
        y = y.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    /** The number of points. */
    public int size() {
        return x.length;
    }

    /** Point i's abscissa (no copy). */
    public double x(int i) {
        return x[i];
    }

    /** Point i's ordinate (no copy). */
    public double y(int i) {
        return y[i];
    }
}
