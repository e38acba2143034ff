package org.stepplan.optim;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.stepplan.core.Registry;
import org.stepplan.planning.StepSizePlanning;

/**
 * The registry of every method, by CLI name, in the order {@code stepplan list} shows them: core's own methods, then
 * the external ones that {@link MethodProvider}s on the class path contribute (for example stepplan-suite's
 * commons-math3 peers).
 */
public final class Methods {

    private static final Registry<MethodSpec> REGISTRY = new Registry<>("method", MethodSpec::name);
    private static final Set<String> EXTERNAL = new HashSet<>();

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
        for (MethodProvider provider : ServiceLoader.load(MethodProvider.class, Methods.class.getClassLoader())) {
            for (MethodSpec m : provider.methods()) {
                REGISTRY.register(m);
                EXTERNAL.add(m.name());
            }
        }
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

    /** True when method {@code name} comes from a {@link MethodProvider} (an external implementation). */
    public static boolean isExternal(String name) {
        return EXTERNAL.contains(name);
    }

    /** Shorthand: the config of method {@code name} with the given parameter values. */
    public static OptimizerConfig configure(String name, Map<String, String> params) {
        return get(name).configure(params);
    }
}
