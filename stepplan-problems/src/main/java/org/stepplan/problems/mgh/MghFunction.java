package org.stepplan.problems.mgh;

import java.util.Arrays;
import org.stepplan.problems.LeastSquares;

/**
 * One function of Moré, Garbow and Hillstrom (1981), "Testing unconstrained optimization software", ACM TOMS 7(1):
 * 17-41 (MGH): m residuals in n parameters, {@code f = sum_i r_i^2}, with MGH's standard start and their published
 * minimum. Each subclass's Javadoc gives the residuals (1-based, as MGH write them), m and n, x0, f* and its source.
 */
public abstract class MghFunction extends LeastSquares {

    private final double[] start;
    private final double minimum;
    private final double[] minimizer;

    /**
     * @param start     MGH's standard x0 for this n
     * @param minimum   the published f* for this n and m, or NaN where none is published
     * @param minimizer the published x*, or null where none is published
     */
    protected MghFunction(int n, int m, double[] start, double minimum, double[] minimizer) {
        super(n, m);
        this.start = start.clone();
        this.minimum = minimum;
        this.minimizer = minimizer == null ? null : minimizer.clone();
    }

    /** MGH's standard starting point x0 for this n (a fresh array). */
    public final double[] start() {
        return start.clone();
    }

    /** The published minimum f* for this n and m, or NaN where none is published. */
    public final double minimum() {
        return minimum;
    }

    /**
     * The published minimizer x* (exact where the Javadoc says so, else to the digits the source gives; a fresh
     * array), or null where none is published for this n and m.
     */
    public final double[] minimizer() {
        return minimizer == null ? null : minimizer.clone();
    }

    /** n copies of {@code value}. */
    static double[] filled(int n, double value) {
        double[] x = new double[n];
        Arrays.fill(x, value);
        return x;
    }

    /** {@code block} repeated to length n (n a multiple of its length). */
    static double[] repeated(int n, double... block) {
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = block[j % block.length];
        }
        return x;
    }

    /** The vector of length n that is {@code value} at {@code index} and 0 elsewhere. */
    static double[] unit(int n, int index, double value) {
        double[] x = new double[n];
        x[index] = value;
        return x;
    }

    /** {@code x[i]}, or 0 outside 0..n-1 (the boundary values x_0 = x_{n+1} = 0 of the banded problems). */
    static double at(double[] x, int i) {
        return i < 0 || i >= x.length ? 0.0 : x[i];
    }

    /** @throws IllegalArgumentException unless {@code value >= min} */
    static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " = " + value + " must be >= " + min);
        }
        return value;
    }

    /** @throws IllegalArgumentException unless {@code min <= value <= max} */
    static int inRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " = " + value + " must be in [" + min + ", " + max + "]");
        }
        return value;
    }

    /** @throws IllegalArgumentException unless {@code value} is a positive multiple of {@code k} */
    static int multipleOf(String name, int value, int k) {
        if (value < k || value % k != 0) {
            throw new IllegalArgumentException(name + " = " + value + " must be a positive multiple of " + k);
        }
        return value;
    }
}
