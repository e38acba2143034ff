package org.stepplan.optim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An exact, immutable copy of an optimizer's state: named arrays and named scalars (counters are stored as doubles,
 * exact up to 2^53), tagged with the method and a format version.
 */
public final class OptimizerState {

    private final String method;
    private final int formatVersion;
    private final Map<String, double[]> arrays;
    private final Map<String, Double> scalars;

    private OptimizerState(String method, int formatVersion, Map<String, double[]> arrays,
                           Map<String, Double> scalars) {
        this.method = method;
        this.formatVersion = formatVersion;
        this.arrays = arrays;
        this.scalars = scalars;
    }

    /** Starts a state of {@code method} at {@code formatVersion}. */
    public static Builder builder(String method, int formatVersion) {
        return new Builder(method, formatVersion);
    }

    public String method() {
        return method;
    }

    public int formatVersion() {
        return formatVersion;
    }

    /** The names of the arrays, in insertion order. */
    public Iterable<String> arrayNames() {
        return Collections.unmodifiableSet(arrays.keySet());
    }

    /** The names of the scalars, in insertion order. */
    public Iterable<String> scalarNames() {
        return Collections.unmodifiableSet(scalars.keySet());
    }

    /** The number of arrays held (a measure of state size). */
    public int arrayCount() {
        return arrays.size();
    }

    /** Copies array {@code name} into {@code into}, checking its length. */
    public void copyArray(String name, double[] into) {
        double[] a = array(name);
        if (a.length != into.length) {
            throw new IllegalArgumentException("state array '" + name + "' has length " + a.length
                    + ", expected " + into.length);
        }
        System.arraycopy(a, 0, into, 0, a.length);
    }

    /** A copy of array {@code name}. */
    public double[] array(String name) {
        double[] a = arrays.get(name);
        if (a == null) {
            throw new IllegalArgumentException("state of " + method + " has no array '" + name + "'");
        }
        return a.clone();
    }

    /** Scalar {@code name}. */
    public double scalar(String name) {
        Double v = scalars.get(name);
        if (v == null) {
            throw new IllegalArgumentException("state of " + method + " has no scalar '" + name + "'");
        }
        return v;
    }

    /**
     * Checks that this state belongs to {@code expectedMethod} at {@code expectedVersion}.
     *
     * @throws IllegalArgumentException otherwise
     */
    public void requireCompatible(String expectedMethod, int expectedVersion) {
        if (!method.equals(expectedMethod) || formatVersion != expectedVersion) {
            throw new IllegalArgumentException("cannot restore a state of " + method + " v" + formatVersion
                    + " into " + expectedMethod + " v" + expectedVersion);
        }
    }

    /** Collects arrays (copied) and scalars. */
    public static final class Builder {
        private final String method;
        private final int formatVersion;
        private final Map<String, double[]> arrays = new LinkedHashMap<>();
        private final Map<String, Double> scalars = new LinkedHashMap<>();

        private Builder(String method, int formatVersion) {
            this.method = method;
            this.formatVersion = formatVersion;
        }

        public Builder array(String name, double[] values) {
            arrays.put(name, values.clone());
            return this;
        }

        public Builder scalar(String name, double value) {
            scalars.put(name, value);
            return this;
        }

        public OptimizerState build() {
            return new OptimizerState(method, formatVersion, new LinkedHashMap<>(arrays), new LinkedHashMap<>(scalars));
        }
    }
}
