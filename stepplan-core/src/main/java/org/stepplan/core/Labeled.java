package org.stepplan.core;

import java.util.ArrayList;
import java.util.List;

/** An enum constant with the name the command line uses for it, and the lookups by that name. */
public interface Labeled {

    /** The command-line name. */
    String label();

    /**
     * The constant of {@code type} named {@code label}.
     *
     * @param what what the value is, for the message ("pairing", "mode", ...)
     * @throws IllegalArgumentException naming {@code what}, the choices and the bad label
     */
    static <E extends Enum<E> & Labeled> E of(Class<E> type, String what, String label) {
        for (E e : type.getEnumConstants()) {
            if (e.label().equals(label)) {
                return e;
            }
        }
        throw new IllegalArgumentException(what + " must be one of " + String.join(", ", labels(type)) + ", got '"
                + label + "'" + Nearest.hint(String.valueOf(label), labels(type)));
    }

    /** The names of every constant of {@code type}, in declaration order. */
    static <E extends Enum<E> & Labeled> List<String> labels(Class<E> type) {
        List<String> out = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            out.add(e.label());
        }
        return List.copyOf(out);
    }
}
