package org.stepplan.core;

import java.util.List;
import java.util.Objects;

/**
 * One named parameter of a method or problem, as the command line and {@code stepplan list} show it.
 *
 * @param name         the parameter name, lower snake_case ({@link Param#NAME_PATTERN})
 * @param kind         how the text value is parsed
 * @param defaultValue the default in text form, or null when the parameter is required (or optional with no value)
 * @param choices      the allowed values of a {@link Kind#CHOICE}, empty otherwise
 * @param description  one line for {@code stepplan list}
 */
public record ParamSpec(String name, Kind kind, String defaultValue, List<String> choices, String description) {

    /** How a parameter's text value is read. */
    public enum Kind { REAL, INTEGER, BOOLEAN, CHOICE, VECTOR, TEXT }

    public ParamSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        choices = List.copyOf(choices);
        Objects.requireNonNull(description, "description");
    }

    /** A real-valued parameter with a default. */
    public static ParamSpec real(String name, double defaultValue, String description) {
        return new ParamSpec(name, Kind.REAL, Double.toString(defaultValue), List.of(), description);
    }

    /** A real-valued parameter without a default (required unless the owner says otherwise). */
    public static ParamSpec real(String name, String description) {
        return new ParamSpec(name, Kind.REAL, null, List.of(), description);
    }

    /** An integer parameter with a default. */
    public static ParamSpec integer(String name, long defaultValue, String description) {
        return new ParamSpec(name, Kind.INTEGER, Long.toString(defaultValue), List.of(), description);
    }

    /** A boolean parameter with a default. */
    public static ParamSpec bool(String name, boolean defaultValue, String description) {
        return new ParamSpec(name, Kind.BOOLEAN, Boolean.toString(defaultValue), List.of(), description);
    }

    /** A parameter taking one of {@code choices}; the first is the default. */
    public static ParamSpec choice(String name, List<String> choices, String description) {
        return new ParamSpec(name, Kind.CHOICE, choices.get(0), choices, description);
    }

    /** A comma-separated vector parameter, with a default in text form or null. */
    public static ParamSpec vector(String name, String defaultValue, String description) {
        return new ParamSpec(name, Kind.VECTOR, defaultValue, List.of(), description);
    }

    /** A free-text parameter (a file name, a data set), with a default or null; its owner checks the value. */
    public static ParamSpec text(String name, String defaultValue, String description) {
        return new ParamSpec(name, Kind.TEXT, defaultValue, List.of(), description);
    }

    /** How {@code stepplan list} shows the default. */
    public String defaultText() {
        return defaultValue == null ? "(none)" : defaultValue;
    }
}
