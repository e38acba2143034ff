package org.stepplan.optim;

import java.util.List;

/**
 * A source of methods implemented outside stepplan-core (for example peers wrapping another library), found with
 * {@link java.util.ServiceLoader}: a module lists its implementation in
 * {@code META-INF/services/org.stepplan.optim.MethodProvider}, and {@code org.stepplan.methods.Methods} registers what it returns after
 * core's own methods, marked external. Names must not clash with registered ones.
 */
public interface MethodProvider {

    /** The methods this provider contributes, in the order {@code stepplan list} shows them. */
    List<MethodSpec> methods();
}
