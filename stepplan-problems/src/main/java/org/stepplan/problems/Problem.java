package org.stepplan.problems;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.stepplan.core.Capability;
import org.stepplan.core.Oracle;
import org.stepplan.run.Monitor;

/** A test problem: an objective with a default start, a known minimizer when there is one, and how to measure it. */
public interface Problem {

    /** The registry name. */
    String name();

    /** Every effective parameter, defaults included. */
    Map<String, Object> params();

    /** The number of parameters d. */
    int dimension();

    /** The default starting point (a fresh copy). */
    double[] start();

    /** The minimizer w* (a fresh copy), or null when unknown. */
    double[] optimum();

    /**
     * The optimal value f* = f(w*), or empty when unknown. By default the measured loss at {@link #optimum()} (empty
     * when w* is unknown); problems whose f* is published (test-function suites) return the published value.
     */
    default OptionalDouble optimalValue() {
        double[] wStar = optimum();
        return wStar == null ? OptionalDouble.empty() : OptionalDouble.of(monitor(oracle(0)).loss(wStar));
    }

    /** A fresh counting oracle; {@code seed} seeds the samples of a stochastic problem (ignored otherwise). */
    Oracle oracle(long seed);

    /**
     * How a run on {@code oracle} (one this problem made) measures loss and error. Most problems ignore the oracle;
     * on {@code sutton1992} the measurement follows the oracle's own samples (the error is to the target of the
     * moment).
     */
    Monitor monitor(Oracle oracle);

    /** What the problem offers beyond values and gradients (none by default). */
    default Set<Capability> provides() {
        return Set.of();
    }
}
