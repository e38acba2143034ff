package org.stepplan.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Entries by unique name, in registration order; a lookup of an unknown name fails naming it and the known ones.
 *
 * @param <T> the entry type
 */
public final class Registry<T> {

    private final String kind;
    private final Function<T, String> nameOf;
    private final Map<String, T> entries = new LinkedHashMap<>();

    /**
     * @param kind   what the entries are, for messages ("method", "problem")
     * @param nameOf an entry's name
     */
    public Registry(String kind, Function<T, String> nameOf) {
        this.kind = kind;
        this.nameOf = nameOf;
    }

    /** Adds {@code entry}; a second entry of the same name is a programming error. */
    public void register(T entry) {
        String name = nameOf.apply(entry);
        if (entries.putIfAbsent(name, entry) != null) {
            throw new IllegalStateException(kind + " registered twice: " + name);
        }
    }

    /** Every entry, in registration order. */
    public List<T> all() {
        return Collections.unmodifiableList(new ArrayList<>(entries.values()));
    }

    /**
     * The entry called {@code name}.
     *
     * @throws IllegalArgumentException naming the unknown name, the nearest known one and all
     */
    public T get(String name) {
        T entry = entries.get(name);
        if (entry == null) {
            throw new IllegalArgumentException("unknown " + kind + " '" + name + "'"
                    + Nearest.hint(String.valueOf(name), entries.keySet()) + "; known: "
                    + String.join(", ", entries.keySet()));
        }
        return entry;
    }
}
