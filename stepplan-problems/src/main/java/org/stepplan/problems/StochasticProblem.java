package org.stepplan.problems;

import java.util.Map;
import org.stepplan.core.SeededRandom;
import java.util.function.Supplier;
import org.stepplan.core.Oracle;
import org.stepplan.core.StochasticObjective;
import org.stepplan.run.Monitor;

/**
 * A problem made of a stochastic objective: each oracle gets a fresh objective and a {@link SeededRandom} (the
 * numbers of {@code SplittableRandom}, with a state a checkpoint can save) seeded with the run's seed, so that the
 * same seed gives the same samples. Loss is measured on the expectation.
 */
public final class StochasticProblem extends AbstractProblem {

    private final Supplier<StochasticObjective> objectives;

    /**
     * @param objectives makes a fresh objective per oracle (objectives keep per-sample state)
     * @param optimum    the minimizer of the expectation, or null
     */
    public StochasticProblem(String name, Map<String, Object> params, Supplier<StochasticObjective> objectives,
                             double[] start, double[] optimum) {
        this(name, params, objectives, objectives.get(), start, optimum);
    }

    private StochasticProblem(String name, Map<String, Object> params, Supplier<StochasticObjective> objectives, StochasticObjective sample,
            double[] start, double[] optimum) {
        super(name, params, sample.dimension(), Compatibility.offeredBy(sample), start, optimum);
        this.objectives = objectives;
    }

    @Override
    public Oracle oracle(long seed) {
        return Oracle.of(objectives.get(), new SeededRandom(seed));
    }

    @Override
    public Monitor monitor(Oracle oracle) {
        return Monitor.of(objectives.get().expectation(), optimumOrNull());
    }
}
