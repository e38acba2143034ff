package org.stepplan.problems;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.stepplan.core.ParamSpec;
import org.stepplan.core.Params;

/**
 * A registered problem: its name, a one-line summary, its parameters and how to build it.
 *
 * @param name    the CLI name
 * @param summary one line for {@code stepplan list}
 * @param params  the accepted parameters
 * @param factory builds the problem from checked parameter values
 */
public record ProblemSpec(String name, String summary, List<ParamSpec> params, Function<Params, Problem> factory) {

    public ProblemSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(summary, "summary");
        params = List.copyOf(params);
        Objects.requireNonNull(factory, "factory");
    }

    /**
     * The problem for the given parameter values (text form, by name).
     *
     * @throws IllegalArgumentException for an unknown parameter or a malformed or invalid value
     */
    public Problem create(Map<String, String> given) {
        return factory.apply(new Params("problem '" + name + "'", params, given));
    }
}
