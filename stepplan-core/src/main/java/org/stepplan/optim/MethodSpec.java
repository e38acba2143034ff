package org.stepplan.optim;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.stepplan.core.HyperParameters;
import org.stepplan.core.ParamSpec;
import org.stepplan.core.Params;

/**
 * A registered method: its name, a one-line summary, its parameters with defaults, and how to build its config.
 *
 * @param name    the CLI name ({@code csawg}, {@code heavy-ball}, ...)
 * @param summary one line for {@code stepplan list}, naming the source
 * @param params  the accepted parameters
 * @param factory builds the validated config from checked parameter values
 */
public record MethodSpec(String name, String summary, List<ParamSpec> params,
                         Function<Params, OptimizerConfig> factory) {

    public MethodSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(summary, "summary");
        params = List.copyOf(params);
        Objects.requireNonNull(factory, "factory");
    }

    /** The entry of a method whose config is parsed from its declared hyper-parameters. */
    public static <C extends Record & OptimizerConfig> MethodSpec of(String summary, HyperParameters<C> hyper) {
        return new MethodSpec(hyper.name(), summary, hyper.specs(), hyper::parse);
    }

    /**
     * The config for the given parameter values (text form, by name); unspecified parameters take their defaults.
     *
     * @throws IllegalArgumentException for an unknown parameter, a malformed value or an invalid hyper-parameter
     */
    public OptimizerConfig configure(Map<String, String> given) {
        return factory.apply(new Params("method '" + name + "'", params, given));
    }
}
