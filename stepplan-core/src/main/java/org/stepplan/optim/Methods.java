package org.stepplan.optim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stepplan.planning.StepSizePlanning;

/** The registry of every method, by CLI name, in the order {@code stepplan list} shows them. */
public final class Methods {

    private static final Map<String, MethodSpec> REGISTRY = new LinkedHashMap<>();

    static {
        register(GradientDescent.spec());
        register(HeavyBall.spec());
        register(Nesterov.constantSpec());
        register(Nesterov.scheduleSpec());
        register(StepSizePlanning.csawgSpec());
        register(StepSizePlanning.csaugSpec());
        register(Sgd.sgdSpec());
        register(Adam.adamSpec());
        register(Adam.adamwSpec());
        register(Adam.amsgradSpec());
        register(RmsProp.spec());
        register(Adagrad.spec());
        register(Sgd.sgdHdSpec());
        register(Sgd.sgdnHdSpec());
        register(AdamHd.spec());
    }

    private Methods() {
    }

    private static void register(MethodSpec spec) {
        if (REGISTRY.put(spec.name(), spec) != null) {
            throw new IllegalStateException("method registered twice: " + spec.name());
        }
    }

    /** Every registered method. */
    public static List<MethodSpec> all() {
        return Collections.unmodifiableList(new ArrayList<>(REGISTRY.values()));
    }

    /**
     * The method called {@code name}.
     *
     * @throws IllegalArgumentException naming the unknown method and the known ones
     */
    public static MethodSpec get(String name) {
        MethodSpec spec = REGISTRY.get(name);
        if (spec == null) {
            throw new IllegalArgumentException("unknown method '" + name + "'; known: "
                    + String.join(", ", REGISTRY.keySet()));
        }
        return spec;
    }

    /** Shorthand: the config of method {@code name} with the given parameter values. */
    public static OptimizerConfig configure(String name, Map<String, String> params) {
        return get(name).configure(params);
    }
}
