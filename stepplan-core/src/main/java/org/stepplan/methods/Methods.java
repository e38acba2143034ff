package org.stepplan.methods;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.stepplan.core.Registry;
import org.stepplan.optim.Adagrad;
import org.stepplan.optim.Adam;
import org.stepplan.optim.AdamHd;
import org.stepplan.optim.Autostep;
import org.stepplan.optim.GradientDescent;
import org.stepplan.optim.HeavyBall;
import org.stepplan.optim.Idbd;
import org.stepplan.optim.L4;
import org.stepplan.optim.Lbfgs;
import org.stepplan.optim.LossGrad;
import org.stepplan.optim.MethodProvider;
import org.stepplan.optim.MethodSpec;
import org.stepplan.optim.Nesterov;
import org.stepplan.optim.OptimizerConfig;
import org.stepplan.optim.Polyak;
import org.stepplan.optim.RmsProp;
import org.stepplan.optim.Sgd;
import org.stepplan.optim.Sps;
import org.stepplan.optim.Vsgd;
import org.stepplan.planning.BasePlanning;
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
        REGISTRY.register(noting(StepSizePlanning.csawgSpec(), "; beyond the paper's 2-D problems it is slow "
                + "and reported to diverge at K = 2 on learning problems: use plan"));
        REGISTRY.register(noting(StepSizePlanning.csaugSpec(), "; known to diverge beyond 2-D (P > 1 feeds alpha on "
                + "its own jumps): use plan"));
        REGISTRY.register(BasePlanning.spec(List.of(Adam.adamSpec(), GradientDescent.spec(), HeavyBall.spec(),
                Nesterov.constantSpec(), Sgd.sgdSpec(), Adam.adamwSpec(), Adam.amsgradSpec(), RmsProp.spec(),
                Adagrad.spec())));
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

    /** {@code spec} with {@code note} appended to its summary. */
    private static MethodSpec noting(MethodSpec spec, String note) {
        return new MethodSpec(spec.name(), spec.summary() + note, spec.params(), spec.factory());
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
