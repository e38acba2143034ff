package org.stepplan.optim;

import java.util.Map;
import org.stepplan.core.HyperParameters;
import org.stepplan.core.Param;

/**
 * A config record whose hyper-parameters are declared once, as {@link Param}s next to its components: its method
 * name, its params map and its copies with one value changed all come from its {@link HyperParameters}.
 *
 * @param <C> the record itself
 */
public interface DeclaredConfig<C extends Record & DeclaredConfig<C>> extends OptimizerConfig {

    /** The declarations of this config's method (a variant's own, where variants share one record). */
    HyperParameters<C> hyperParameters();

    @Override
    default String method() {
        return hyperParameters().name();
    }

    @Override
    default Map<String, Object> params() {
        return hyperParameters().values(self());
    }

    /**
     * This config with {@code param} set to {@code value}, validated like any other.
     *
     * @throws IllegalArgumentException for a parameter the record does not have, or a value it rejects
     */
    default <T> C with(Param<T> param, T value) {
        return hyperParameters().with(self(), param, value);
    }

    @SuppressWarnings("unchecked")
    private C self() {
        return (C) this;
    }
}
