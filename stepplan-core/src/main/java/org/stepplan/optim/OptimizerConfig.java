package org.stepplan.optim;

import java.util.Map;
import java.util.Set;
import org.stepplan.core.Capability;

/** An immutable, validated configuration of one method; creates fresh optimizers of a given dimension. */
public interface OptimizerConfig {

    /** The method's name, as registered in {@code org.stepplan.methods.Methods}. */
    String method();

    /** Every effective hyper-parameter, defaults included, in a stable order. */
    Map<String, Object> params();

    /** What the method needs from a problem beyond values and gradients (none by default). */
    default Set<Capability> requires() {
        return Set.of();
    }

    /** A fresh optimizer for {@code dimension} parameters, in its initial state. */
    Optimizer create(int dimension);
}
