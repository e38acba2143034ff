package org.stepplan.problems;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.stepplan.core.Capability;
import org.stepplan.core.DiagonalHessian;
import org.stepplan.core.LinearExample;
import org.stepplan.optim.OptimizerConfig;

/** Whether a method can run on a problem: what its config {@code requires()} against what the problem provides. */
public final class Compatibility {

    private Compatibility() {
    }

    /**
     * Checks that {@code problem} provides everything {@code config} requires.
     *
     * @throws IllegalArgumentException naming the method, each missing capability and the problem, e.g. "method
     *                                  'idbd' needs linear least-mean-squares examples, which problem 'rosenbrock'
     *                                  does not provide"
     */
    public static void check(Problem problem, OptimizerConfig config) {
        List<String> missing = new ArrayList<>();
        for (Capability c : Capability.values()) { // enum order: a stable message
            if (config.requires().contains(c) && !problem.provides().contains(c)) {
                missing.add(c.description());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("method '" + config.method() + "' needs " + String.join(" and ", missing)
                    + ", which problem '" + problem.name() + "' does not provide");
        }
    }

    /**
     * The capabilities an objective offers, read off the interfaces it implements: {@link DiagonalHessian} gives
     * {@link Capability#DIAGONAL_HESSIAN}, {@link LinearExample} gives {@link Capability#LINEAR_EXAMPLES}.
     */
    public static Set<Capability> offeredBy(Object objective) {
        EnumSet<Capability> offered = EnumSet.noneOf(Capability.class);
        if (objective instanceof DiagonalHessian) {
            offered.add(Capability.DIAGONAL_HESSIAN);
        }
        if (objective instanceof LinearExample) {
            offered.add(Capability.LINEAR_EXAMPLES);
        }
        return Set.copyOf(offered);
    }
}
