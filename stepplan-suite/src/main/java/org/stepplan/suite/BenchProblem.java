package org.stepplan.suite;

import java.util.Objects;
import java.util.OptionalDouble;
import org.stepplan.problems.Problem;

/**
 * One problem of a suite.
 *
 * @param suite   the suite's name ({@code mgh}, {@code nist}, {@code quadratics})
 * @param label   the problem's name in the benchmark's files, unique over all suites
 * @param problem the problem, deterministic; when its f* is unknown ({@link Problem#optimalValue()} empty, e.g. a
 *                learning problem), the benchmark uses the least value any of its runs reached ({@link Bench})
 */
public record BenchProblem(String suite, String label, Problem problem) {

    public BenchProblem {
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(label, "label");
        if (problem.oracle(0).deterministicObjective() == null) {
            throw new IllegalArgumentException("problem " + label + " is stochastic; the benchmark needs a "
                    + "deterministic one");
        }
    }

    /** The published f*, or empty. */
    public OptionalDouble publishedOptimum() {
        return problem.optimalValue();
    }
}
