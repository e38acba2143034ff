package org.stepplan.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.stepplan.run.StoppingRules;

/**
 * Everything that defines one run, as {@code stepplan run} takes it: the problem and its parameters, an optional
 * start, the method and its parameters (text form), the stopping rules and the seed.
 *
 * @param problem       the registered problem name
 * @param problemParams the problem's parameters, by name
 * @param start         w_0, or null for the problem's default start
 * @param method        the registered method name
 * @param methodParams  the method's parameters, by name
 * @param rules         when to stop
 * @param seed          seeds the samples of a stochastic problem
 */
public record RunSpec(String problem, Map<String, String> problemParams, double[] start, String method,
                      Map<String, String> methodParams, StoppingRules rules, long seed) {

    /** The default seed. */
    public static final long DEFAULT_SEED = 0L;

    public RunSpec {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(method, "method");
        problemParams = Collections.unmodifiableMap(new LinkedHashMap<>(problemParams));
        methodParams = Collections.unmodifiableMap(new LinkedHashMap<>(methodParams));
        start = start == null ? null : start.clone();
        Objects.requireNonNull(rules, "rules");
    }

    /** A run of {@code method} on {@code problem} from its default start, with default seed. */
    public static RunSpec of(String problem, String method, Map<String, String> methodParams, StoppingRules rules) {
        return new RunSpec(problem, Map.of(), null, method, methodParams, rules, DEFAULT_SEED);
    }

    @Override
    public double[] start() {
        return start == null ? null : start.clone();
    }
}
