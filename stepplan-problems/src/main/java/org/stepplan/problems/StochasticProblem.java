package org.stepplan.problems;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.stepplan.core.Capability;
import org.stepplan.core.Oracle;
import org.stepplan.core.StochasticObjective;
import org.stepplan.core.Vectors;
import org.stepplan.run.Monitor;

/**
 * A problem made of a stochastic objective: each oracle gets a fresh objective and a {@link SplittableRandom} seeded
 * with the run's seed, so that the same seed gives the same samples. Loss is measured on the expectation.
 */
public final class StochasticProblem implements Problem {

    private final String name;
    private final Map<String, Object> params;
    private final Supplier<StochasticObjective> objectives;
    private final int dimension;
    private final Set<Capability> provides;
    private final double[] start;
    private final double[] optimum;

    /**
     * @param objectives makes a fresh objective per oracle (objectives keep per-sample state)
     * @param optimum    the minimizer of the expectation, or null
     */
    public StochasticProblem(String name, Map<String, Object> params, Supplier<StochasticObjective> objectives,
                             double[] start, double[] optimum) {
        this.name = name;
        this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        this.objectives = objectives;
        StochasticObjective sample = objectives.get();
        this.dimension = sample.dimension();
        this.provides = Compatibility.offeredBy(sample);
        Vectors.requireFiniteVector("start", start, dimension);
        this.start = start.clone();
        this.optimum = optimum == null ? null : optimum.clone();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Map<String, Object> params() {
        return params;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public double[] start() {
        return start.clone();
    }

    @Override
    public double[] optimum() {
        return optimum == null ? null : optimum.clone();
    }

    @Override
    public Oracle oracle(long seed) {
        return Oracle.of(objectives.get(), new SplittableRandom(seed));
    }

    @Override
    public Monitor monitor() {
        return Monitor.of(objectives.get().expectation(), optimum);
    }

    /** What the objective offers, read off its interfaces ({@link Compatibility#offeredBy}). */
    @Override
    public Set<Capability> provides() {
        return provides;
    }
}
