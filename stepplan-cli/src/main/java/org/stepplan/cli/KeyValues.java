package org.stepplan.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads repeatable {@code KEY=VALUE} options into a map, refusing a key given twice. */
public final class KeyValues {

    private KeyValues() {
    }

    /**
     * @param option the option's name, for messages
     * @param given  the values in command-line order
     * @throws IllegalArgumentException for an item without {@code =}, an empty key, or a key given twice
     */
    public static Map<String, String> parse(String option, List<String> given) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String item : given) {
            int eq = item.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(option + ": '" + item + "' is not KEY=VALUE");
            }
            String key = item.substring(0, eq);
            if (out.putIfAbsent(key, item.substring(eq + 1)) != null) {
                throw new IllegalArgumentException(option + ": '" + key + "' is given twice");
            }
        }
        return out;
    }
}
