package org.stepplan.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parameter values given for one method or problem, checked against its {@link ParamSpec}s: unknown names and
 * malformed values are rejected with a message naming the owner, the parameter and the text.
 */
public final class Params {

    private final String owner;
    private final Map<String, ParamSpec> specs = new LinkedHashMap<>();
    private final Map<String, String> values = new LinkedHashMap<>();

    /**
     * @param owner  what the parameters belong to, for messages (e.g. "method 'csawg'")
     * @param specs  the accepted parameters
     * @param given  the values given by the user, by name, in text form
     * @throws IllegalArgumentException for a null {@code given}, or a name that is not in {@code specs} (with the
     *                                  nearest known name as a hint)
     */
    public Params(String owner, List<ParamSpec> specs, Map<String, String> given) {
        if (given == null) {
            throw new IllegalArgumentException("the parameters of " + owner + " must not be null (give an empty map)");
        }
        this.owner = owner;
        for (ParamSpec spec : specs) {
            this.specs.put(spec.name(), spec);
            if (spec.defaultValue() != null) {
                values.put(spec.name(), spec.defaultValue());
            }
        }
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (!this.specs.containsKey(e.getKey())) {
                throw new IllegalArgumentException("unknown parameter '" + e.getKey() + "' for " + owner
                        + Nearest.hint(e.getKey(), this.specs.keySet()) + "; known: "
                        + String.join(", ", this.specs.keySet()));
            }
            values.put(e.getKey(), e.getValue().trim());
        }
        for (String name : values.keySet()) {
            parse(name); // reject malformed text early, whatever the caller reads later
        }
    }

    /** True when the parameter has a value (given or default). */
    public boolean has(String name) {
        spec(name);
        return values.containsKey(name);
    }

    /**
     * A real value, read by {@link Numbers#real}; {@code Infinity} and {@code NaN} parse but owners reject them in
     * validation.
     */
    public double real(String name) {
        return (Double) parse(required(name));
    }

    /** An integer value. */
    public int integer(String name) {
        long v = (Long) parse(required(name));
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw bad(name, values.get(name), "an integer in int range");
        }
        return (int) v;
    }

    /** A boolean value ({@code true} or {@code false}). */
    public boolean bool(String name) {
        return (Boolean) parse(required(name));
    }

    /** A choice value, one of the spec's choices. */
    public String choice(String name) {
        return (String) parse(required(name));
    }

    /** A comma-separated vector value. */
    public double[] vector(String name) {
        return ((double[]) parse(required(name))).clone();
    }

    /** A free-text value, as given (trimmed). */
    public String text(String name) {
        return (String) parse(required(name));
    }

    /** Every parameter that has a value, typed, in spec order (for JSON output and reports). */
    public Map<String, Object> effective() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String name : specs.keySet()) {
            if (values.containsKey(name)) {
                out.put(name, parse(name));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private String required(String name) {
        spec(name);
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("parameter '" + name + "' of " + owner + " is required: give "
                    + name + "=<value> (" + specs.get(name).description() + ")");
        }
        return name;
    }

    private ParamSpec spec(String name) {
        ParamSpec spec = specs.get(name);
        if (spec == null) {
            throw new IllegalStateException(owner + " reads undeclared parameter '" + name + "'");
        }
        return spec;
    }

    private Object parse(String name) {
        ParamSpec spec = spec(name);
        String text = values.get(name);
        switch (spec.kind()) {
            case REAL:
                return parseReal(name, text);
            case INTEGER:
                try {
                    return Numbers.integer(text);
                } catch (NumberFormatException e) {
                    throw bad(name, text, "an integer");
                }
            case BOOLEAN:
                String b = text.toLowerCase(Locale.ROOT);
                if (b.equals("true") || b.equals("false")) {
                    return Boolean.valueOf(b);
                }
                throw bad(name, text, "true or false");
            case CHOICE:
                if (spec.choices().contains(text)) {
                    return text;
                }
                throw bad(name, text, "one of " + String.join(", ", spec.choices()));
            case VECTOR:
                String[] parts = text.split(",", -1);
                double[] v = new double[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    v[i] = parseReal(name, parts[i].trim());
                }
                return v;
            case TEXT:
                return text;
            default:
                throw new AssertionError(spec.kind());
        }
    }

    private double parseReal(String name, String text) {
        try {
            return Numbers.real(text);
        } catch (NumberFormatException e) {
            throw bad(name, text, "a number");
        }
    }

    private IllegalArgumentException bad(String name, String text, String expected) {
        return new IllegalArgumentException(
                "parameter '" + name + "' of " + owner + ": '" + text + "' is not " + expected);
    }
}
