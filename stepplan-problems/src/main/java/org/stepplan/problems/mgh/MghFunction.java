package org.stepplan.problems.mgh;

import org.stepplan.problems.LeastSquares;

/**
 * One function of Moré, Garbow and Hillstrom (1981), "Testing unconstrained optimization software", ACM TOMS 7(1):
 * 17-41 (MGH): m residuals in n parameters, {@code f = sum_i r_i^2}, with MGH's standard start and their published
 * minimum. Each subclass's Javadoc gives the residuals (1-based, as MGH write them), m and n, x0, f* and its source.
 */
public abstract class MghFunction extends LeastSquares {

    protected MghFunction(int n, int m) {
        super(n, m);
    }

    /** MGH's standard starting point x0 for this n (a fresh array). */
    public abstract double[] start();

    /** The published minimum f* for this n and m, or NaN where none is published. */
    public abstract double minimum();

    /**
     * The published minimizer x* (exact where the Javadoc says so, else to the digits the source gives), or null
     * where none is published for this n and m.
     */
    public double[] minimizer() {
        return null;
    }

    /** A vector of n copies of {@code value}. */
    protected final double[] filled(double value) {
        double[] x = new double[dimension()];
        java.util.Arrays.fill(x, value);
        return x;
    }

    /**
     * @throws IllegalArgumentException unless {@code value >= min}
     */
    static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " = " + value + " must be >= " + min);
        }
        return value;
    }
}
