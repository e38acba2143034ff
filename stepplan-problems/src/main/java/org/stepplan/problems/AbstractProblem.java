package org.stepplan.problems;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.stepplan.core.Capability;
import org.stepplan.core.Vectors;

/**
 * What every problem keeps: its name, parameters, dimension, what it provides, its default start and (optionally) its
 * minimizer.
 */
public abstract class AbstractProblem implements Problem {

    private final String name;
    private final Map<String, Object> params;
    private final int dimension;
    private final Set<Capability> provides;
    private final double[] start;
    private final double[] optimum;

    /**
     * @param provides what the problem offers beyond values and gradients
     * @param optimum  w*, or null when unknown
     * @throws IllegalArgumentException if start or optimum is not a finite vector of length {@code dimension}
     */
    protected AbstractProblem(String name, Map<String, Object> params, int dimension, Set<Capability> provides,
                              double[] start, double[] optimum) {
        this.name = name;
        this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        this.dimension = dimension;
        this.provides = Set.copyOf(provides);
        Vectors.requireFiniteVector("start", start, dimension);
        this.start = start.clone();
        if (optimum != null) {
            Vectors.requireFiniteVector("optimum", optimum, dimension);
        }
        this.optimum = optimum == null ? null : optimum.clone();
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Map<String, Object> params() {
        return params;
    }

    @Override
    public final int dimension() {
        return dimension;
    }

    @Override
    public final Set<Capability> provides() {
        return provides;
    }

    @Override
    public final double[] start() {
        return start.clone();
    }

    @Override
    public final double[] optimum() {
        return optimum == null ? null : optimum.clone();
    }

    /** The minimizer without copying, for subclasses' monitors (null when unknown). */
    protected final double[] optimumOrNull() {
        return optimum;
    }
}
