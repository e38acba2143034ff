package org.stepplan.problems;

import org.stepplan.core.Capability;
import org.stepplan.optim.OptimizerConfig;

/** Checks, before a run, that a problem provides what a method requires. */
public final class Compatibility {

    private Compatibility() {
    }

    /**
     * @throws IllegalArgumentException naming the method, the missing capability and the problem
     */
    public static void check(Problem problem, OptimizerConfig config) {
        for (Capability needed : config.requires()) {
            if (!problem.provides().contains(needed)) {
                throw new IllegalArgumentException("method '" + config.method() + "' needs " + needed.description()
                        + ", which problem '" + problem.name() + "' does not provide");
            }
        }
    }
}
