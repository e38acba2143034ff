package org.stepplan.problems;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.stepplan.core.Objective;
import org.stepplan.core.Oracle;
import org.stepplan.run.Monitor;

/**
 * A problem made of a deterministic objective, a start and (optionally) its minimizer. Each oracle and monitor gets
 * its own objective instance, so one problem can serve runs on several threads.
 */
public final class DeterministicProblem extends AbstractProblem {

    private final Supplier<Objective> objectives;
    private final OptionalDouble published; // f* from the literature, or empty: measured at the optimum

    /**
     * @param objectives makes a fresh objective instance per oracle or monitor
     * @param optimum    w*, or null when unknown
     */
    public DeterministicProblem(String name, Map<String, Object> params, Supplier<Objective> objectives,
                                double[] start, double[] optimum) {
        this(name, params, objectives, objectives.get(), start, optimum, OptionalDouble.empty());
    }

    /**
     * A problem whose f* is published (test-function suites): {@link #optimalValue()} returns it, not the loss
     * measured at {@code optimum} (which may be given to fewer digits, or be null).
     *
     * @param optimalValue the published f*, or empty when none is published
     */
    public DeterministicProblem(String name, Map<String, Object> params, Supplier<Objective> objectives,
                                double[] start, double[] optimum, OptionalDouble optimalValue) {
        this(name, params, objectives, objectives.get(), start, optimum, optimalValue);
    }

    private DeterministicProblem(String name, Map<String, Object> params, Supplier<Objective> objectives, Objective sample,
            double[] start, double[] optimum, OptionalDouble optimalValue) {
        super(name, params, sample.dimension(), Compatibility.offeredBy(sample), start, optimum);
        this.objectives = objectives;
        this.published = optimalValue;
    }

    @Override
    public OptionalDouble optimalValue() {
        if (published.isPresent()) {
            return published;
        }
        double[] wStar = optimumOrNull();
        return wStar == null ? OptionalDouble.empty() : OptionalDouble.of(monitor(oracle(0)).loss(wStar));
    }

    @Override
    public Oracle oracle(long seed) {
        return Oracle.of(objectives.get());
    }

    @Override
    public Monitor monitor(Oracle oracle) {
        return Monitor.of(objectives.get(), optimumOrNull());
    }
}
