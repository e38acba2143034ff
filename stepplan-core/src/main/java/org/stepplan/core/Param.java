package org.stepplan.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One hyper-parameter, declared once next to the config record component of the same name: its name (the same in
 * Java and on the command line; README, "Parameter names"), its kind, default, constraint and one-line doc.
 * {@link HyperParameters} derives a method's {@link ParamSpec}s, the parsing of its text values, its params map,
 * its defaults and copies with one value changed from these declarations.
 *
 * <p>Names follow one rule: lower snake_case, {@code [a-z][a-z0-9_]*}; the keyword of the source the method follows
 * where it has one ({@code weight_decay}), a lower-case symbol of the paper ({@code gamma}, {@code p}), otherwise
 * English words ({@code horizon} for the paper's K).
 *
 * @param <T> the Java type of the value: {@code Double}, {@code Integer}, {@code Boolean}, an enum, or
 *            {@code OptionalDouble} for an optional real
 */
public final class Param<T> {

    /** A check of one value; throws {@link IllegalArgumentException} naming the parameter and the value. */
    @FunctionalInterface
    public interface Constraint<T> {
        /** @throws IllegalArgumentException when {@code value} is not allowed */
        void check(String name, T value);
    }

    /** The rule every name follows. */
    public static final String NAME_PATTERN = "[a-z][a-z0-9_]*";

    private final String name;
    private final ParamSpec.Kind kind;
    private final T defaultValue;
    private final List<String> choices;
    private final Constraint<? super T> constraint;
    private final String doc;
    private final BiFunction<Params, String, T> reader;
    private final Function<T, Object> shown;

    private Param(String name, ParamSpec.Kind kind, T defaultValue, List<String> choices,
                  Constraint<? super T> constraint, String doc, BiFunction<Params, String, T> reader,
                  Function<T, Object> shown) {
        if (!name.matches(NAME_PATTERN)) {
            throw new IllegalArgumentException("parameter name '" + name + "' is not lower snake_case");
        }
        this.name = name;
        this.kind = kind;
        this.defaultValue = defaultValue;
        this.choices = List.copyOf(choices);
        this.constraint = Objects.requireNonNull(constraint, "constraint");
        this.doc = Objects.requireNonNull(doc, "doc");
        this.reader = reader;
        this.shown = shown;
        if (defaultValue != null) {
            check(defaultValue);
        }
    }

    /** A real value with a default. */
    public static Param<Double> real(String name, double defaultValue, Constraint<Double> constraint, String doc) {
        return new Param<>(name, ParamSpec.Kind.REAL, defaultValue, List.of(), constraint, doc, Params::real, v -> v);
    }

    /** A real value without a default: the user must give it. */
    public static Param<Double> required(String name, Constraint<Double> constraint, String doc) {
        return new Param<>(name, ParamSpec.Kind.REAL, null, List.of(), constraint, doc, Params::real, v -> v);
    }

    /** A real value that may be absent (by default; then it is left out of the params map). */
    public static Param<OptionalDouble> optional(String name, Constraint<Double> constraint, String doc) {
        return new Param<>(name, ParamSpec.Kind.REAL, OptionalDouble.empty(), List.of(),
                (n, v) -> v.ifPresent(x -> constraint.check(n, x)), doc,
                (p, n) -> p.has(n) ? OptionalDouble.of(p.real(n)) : OptionalDouble.empty(),
                v -> v.isPresent() ? v.getAsDouble() : null);
    }

    /** An integer value with a default. */
    public static Param<Integer> integer(String name, int defaultValue, Constraint<Integer> constraint, String doc) {
        return new Param<>(name, ParamSpec.Kind.INTEGER, defaultValue, List.of(), constraint, doc, Params::integer,
                v -> v);
    }

    /** A boolean value with a default. */
    public static Param<Boolean> bool(String name, boolean defaultValue, String doc) {
        return new Param<>(name, ParamSpec.Kind.BOOLEAN, defaultValue, List.of(), any(), doc, Params::bool, v -> v);
    }

    /** One constant of {@code type}, by its label; the default is listed first. */
    public static <E extends Enum<E> & Labeled> Param<E> choice(String name, Class<E> type, E defaultValue,
                                                                 String doc) {
        return choice(name, type, List.of(type.getEnumConstants()), defaultValue, doc);
    }

    /** One of the constants {@code allowed}, by its label; the default is listed first. */
    public static <E extends Enum<E> & Labeled> Param<E> choice(String name, Class<E> type, List<E> allowed,
                                                                 E defaultValue, String doc) {
        List<String> labels = new ArrayList<>();
        labels.add(defaultValue.label());
        for (E e : allowed) {
            if (e != defaultValue) {
                labels.add(e.label());
            }
        }
        return new Param<>(name, ParamSpec.Kind.CHOICE, defaultValue, labels, any(), doc,
                (p, n) -> Labeled.of(type, n, p.choice(n)), Labeled::label);
    }

    /** This parameter with another default (a variant of a method with its own default). */
    public Param<T> withDefault(T value) {
        return new Param<>(name, kind, value, choices, constraint, doc, reader, shown);
    }

    /** This parameter with another doc line (a variant where it means something more specific). */
    public Param<T> withDoc(String text) {
        return new Param<>(name, kind, defaultValue, choices, constraint, text, reader, shown);
    }

    /** The name, in Java (the record component) and on the command line. */
    public String name() {
        return name;
    }

    /** The default, or null when there is none. */
    public T defaultValue() {
        return defaultValue;
    }

    /** The one-line doc. */
    public String doc() {
        return doc;
    }

    /**
     * {@code value}, checked.
     *
     * @throws IllegalArgumentException naming the parameter, for a null value or one the constraint rejects
     */
    public T check(T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        constraint.check(name, value);
        return value;
    }

    /** How {@code stepplan list} and the command line see it. */
    public ParamSpec spec() {
        Object text = defaultValue == null ? null : shown.apply(defaultValue);
        return new ParamSpec(name, kind, text == null ? null : String.valueOf(text), choices, doc);
    }

    /** The value given in {@code params} (or its default), typed but not yet checked. */
    public T read(Params params) {
        return reader.apply(params, name);
    }

    /** The value as the params map shows it (a label for a choice), or null when it is absent. */
    public Object shown(T value) {
        return shown.apply(value);
    }

    @Override
    public String toString() {
        return name;
    }

    /** No constraint. */
    public static <T> Constraint<T> any() {
        return (n, v) -> { };
    }

    /** Finite. */
    public static Constraint<Double> finite() {
        return Vectors::requireFinite;
    }

    /** Finite and &gt; 0. */
    public static Constraint<Double> positive() {
        return Vectors::requirePositive;
    }

    /** Finite and &gt;= 0. */
    public static Constraint<Double> nonNegative() {
        return Vectors::requireNonNegative;
    }

    /** In [lo, hi). */
    public static Constraint<Double> inRange(double lo, double hi) {
        return (n, v) -> Vectors.requireInRange(n, v, lo, hi);
    }

    /** In [lo, hi]. */
    public static Constraint<Double> closed(double lo, double hi) {
        return (n, v) -> {
            if (!(v >= lo && v <= hi)) {
                throw new IllegalArgumentException(n + " must be in [" + text(lo) + ", " + text(hi) + "], got " + v);
            }
        };
    }

    /** In (lo, hi). */
    public static Constraint<Double> open(double lo, double hi) {
        return (n, v) -> {
            if (!(v > lo && v < hi)) {
                throw new IllegalArgumentException(n + " must be in (" + text(lo) + ", " + text(hi) + "), got " + v);
            }
        };
    }

    /** Finite and &gt;= min. */
    public static Constraint<Double> finiteAtLeast(double min) {
        return (n, v) -> {
            if (!(Double.isFinite(v) && v >= min)) {
                throw new IllegalArgumentException(n + " must be finite and >= " + text(min) + ", got " + v);
            }
        };
    }

    /** &gt; 0, Infinity allowed (an off switch). */
    public static Constraint<Double> positiveOrInfinity() {
        return (n, v) -> {
            if (!(v > 0)) {
                throw new IllegalArgumentException(n + " = " + v + " must be > 0 (Infinity: off)");
            }
        };
    }

    /** &gt;= min. */
    public static Constraint<Integer> atLeast(int min) {
        return (n, v) -> Vectors.requireAtLeast(n, v, min);
    }

    /** In [min, max]; max is a size cap. */
    public static Constraint<Integer> between(int min, int max) {
        return (n, v) -> {
            Vectors.requireAtLeast(n, v, min);
            Vectors.requireAtMost(n, v, max);
        };
    }

    /** A bound as people write it: 0 and 2 rather than 0.0 and 2.0. */
    private static String text(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
