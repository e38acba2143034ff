package org.stepplan.core;

/** Small allocation-free kernels over {@code double[]}, plus the argument checks every public entry point shares. */
public final class Vectors {

    private Vectors() {
    }

    /** {@code y <- y + a x}, component by component. */
    public static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < y.length; i++) {
            y[i] += a * x[i];
        }
    }

    /** {@code sum_i x_i y_i}, accumulated in index order. */
    public static double dot(double[] x, double[] y) {
        double s = 0.0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    /** {@code sqrt(sum_i (x_i - y_i)^2)}, accumulated in index order. */
    public static double distance(double[] x, double[] y) {
        double s = 0.0;
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - y[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }

    /** True when every component is finite. */
    public static boolean allFinite(double[] x) {
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks that {@code x} has length {@code dimension} and only finite components.
     *
     * @throws IllegalArgumentException naming {@code field} and the offending value
     */
    public static void requireFiniteVector(String field, double[] x, int dimension) {
        if (x == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        if (x.length != dimension) {
            throw new IllegalArgumentException(
                    field + " has length " + x.length + " but the problem has dimension " + dimension);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException(field + "[" + i + "] = " + x[i] + " is not finite");
            }
        }
    }

    /** @throws IllegalArgumentException unless {@code value} is finite and strictly positive */
    public static double requirePositive(String field, double value) {
        if (!(Double.isFinite(value) && value > 0)) {
            throw new IllegalArgumentException(field + " must be finite and > 0, got " + value);
        }
        return value;
    }

    /** @throws IllegalArgumentException unless {@code value} is finite and {@code >= 0} */
    public static double requireNonNegative(String field, double value) {
        if (!(Double.isFinite(value) && value >= 0)) {
            throw new IllegalArgumentException(field + " must be finite and >= 0, got " + value);
        }
        return value;
    }

    /** @throws IllegalArgumentException unless {@code value} is finite */
    public static double requireFinite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be finite, got " + value);
        }
        return value;
    }

    /** @throws IllegalArgumentException unless {@code lo <= value < hi} and finite */
    public static double requireInRange(String field, double value, double lo, double hi) {
        if (!(Double.isFinite(value) && value >= lo && value < hi)) {
            throw new IllegalArgumentException(field + " must be in [" + lo + ", " + hi + "), got " + value);
        }
        return value;
    }

    /** @throws IllegalArgumentException unless {@code value >= min} */
    public static int requireAtLeast(String field, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(field + " must be >= " + min + ", got " + value);
        }
        return value;
    }

    /**
     * A size cap, checked before anything of that size is allocated or run.
     *
     * @throws IllegalArgumentException unless {@code value <= max}, naming the field and the cap
     */
    public static long requireAtMost(String field, long value, long max) {
        if (value > max) {
            throw new IllegalArgumentException(field + " must be <= " + max + " (a size cap), got " + value);
        }
        return value;
    }

    /**
     * Checks a saved state's length before it is restored.
     *
     * @throws IllegalArgumentException naming {@code what} when {@code state} is not of length {@code expected}
     */
    public static double[] requireStateLength(String what, double[] state, int expected) {
        if (state == null || state.length != expected) {
            throw new IllegalArgumentException("the saved state of " + what + " has " + (state == null ? "no"
                    : state.length) + " values, expected " + expected);
        }
        return state;
    }
}
