package org.stepplan.problems;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.stepplan.core.Capability;
import org.stepplan.core.Objective;
import org.stepplan.core.Oracle;
import org.stepplan.core.Vectors;
import org.stepplan.run.Monitor;

/**
 * A problem made of a deterministic objective, a start and (optionally) its minimizer. Each oracle and monitor gets
 * its own objective instance, so one problem can serve runs on several threads.
 */
public final class DeterministicProblem implements Problem {

    private final String name;
    private final Map<String, Object> params;
    private final Supplier<Objective> objectives;
    private final int dimension;
    private final Set<Capability> provides;
    private final double[] start;
    private final double[] optimum;

    /**
     * @param objectives makes a fresh objective instance per oracle or monitor
     * @param optimum    w*, or null when unknown
     */
    public DeterministicProblem(String name, Map<String, Object> params, Supplier<Objective> objectives,
                                double[] start, double[] optimum) {
        this.name = name;
        this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        this.objectives = objectives;
        Objective sample = objectives.get();
        this.dimension = sample.dimension();
        this.provides = Compatibility.offeredBy(sample);
        Vectors.requireFiniteVector("start", start, dimension);
        this.start = start.clone();
        if (optimum != null) {
            Vectors.requireFiniteVector("optimum", optimum, dimension);
        }
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

    /** A fresh instance of the objective. */
    public Objective objective() {
        return objectives.get();
    }

    @Override
    public Oracle oracle(long seed) {
        return Oracle.of(objectives.get());
    }

    @Override
    public Monitor monitor() {
        return Monitor.of(objectives.get(), optimum);
    }

    /** What the objective offers, read off its interfaces ({@link Compatibility#offeredBy}). */
    @Override
    public Set<Capability> provides() {
        return provides;
    }
}
