package org.stepplan.suite;

import java.util.Objects;
import org.stepplan.problems.Problem;

/**
 * One problem of a suite.
 *
 * @param suite   the suite's name ({@code mgh}, {@code nist}, {@code quadratics})
 * @param label   the problem's name in the benchmark's files, unique over all suites
 * @param problem the problem; its {@link Problem#optimalValue()} must be known
 */
public record BenchProblem(String suite, String label, Problem problem) {

    public BenchProblem {
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(label, "label");
        if (problem.optimalValue().isEmpty()) {
            throw new IllegalArgumentException("problem " + label + " has no known optimal value f*");
        }
    }

    /** f*. */
    public double optimalValue() {
        return problem.optimalValue().getAsDouble();
    }
}
