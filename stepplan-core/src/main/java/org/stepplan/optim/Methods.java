package org.stepplan.optim;

import java.util.List;
import java.util.Map;
import org.stepplan.core.Registry;
import org.stepplan.planning.StepSizePlanning;

/** The registry of every method, by CLI name, in the order {@code stepplan list} shows them. */
public final class Methods {

    private static final Registry<MethodSpec> REGISTRY = new Registry<>("method", MethodSpec::name);

    static {
        REGISTRY.register(GradientDescent.spec());
        REGISTRY.register(HeavyBall.spec());
        REGISTRY.register(Nesterov.constantSpec());
        REGISTRY.register(Nesterov.scheduleSpec());
        REGISTRY.register(StepSizePlanning.csawgSpec());
        REGISTRY.register(StepSizePlanning.csaugSpec());
        REGISTRY.register(Sgd.sgdSpec());
        REGISTRY.register(Adam.adamSpec());
        REGISTRY.register(Adam.adamwSpec());
        REGISTRY.register(Adam.amsgradSpec());
        REGISTRY.register(RmsProp.spec());
        REGISTRY.register(Adagrad.spec());
        REGISTRY.register(Sgd.sgdHdSpec());
        REGISTRY.register(Sgd.sgdnHdSpec());
        REGISTRY.register(AdamHd.spec());
        REGISTRY.register(Polyak.spec());
        REGISTRY.register(Sps.spec());
        REGISTRY.register(L4.adamSpec());
        REGISTRY.register(L4.momentumSpec());
        REGISTRY.register(LossGrad.spec());
        REGISTRY.register(Idbd.spec());
        REGISTRY.register(Autostep.spec());
        REGISTRY.register(Vsgd.spec());
        REGISTRY.register(Lbfgs.spec());
    }

    private Methods() {
    }

    /** Every registered method. */
    public static List<MethodSpec> all() {
        return REGISTRY.all();
    }

    /**
     * The method called {@code name}.
     *
     * @throws IllegalArgumentException naming the unknown method and the known ones
     */
    public static MethodSpec get(String name) {
        return REGISTRY.get(name);
    }

    /** Shorthand: the config of method {@code name} with the given parameter values. */
    public static OptimizerConfig configure(String name, Map<String, String> params) {
        return get(name).configure(params);
    }
}
