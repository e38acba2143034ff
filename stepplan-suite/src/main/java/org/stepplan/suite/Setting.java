package org.stepplan.suite;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One configuration of a method in the benchmark.
 *
 * @param method the registered method
 * @param params the parameters given (the others take their defaults)
 */
public record Setting(String method, Map<String, String> params) {

    public Setting {
        params = Map.copyOf(params);
    }

    /** The parameters as {@code k=v k=v} in name order, or {@code defaults}. */
    public String label() {
        if (params.isEmpty()) {
            return "defaults";
        }
        return new TreeMap<>(params).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }
}
