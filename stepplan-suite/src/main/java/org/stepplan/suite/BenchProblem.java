package org.stepplan.suite;

import java.util.Objects;
import java.util.OptionalDouble;
import org.stepplan.core.Objective;
import org.stepplan.problems.Problem;

/**
 * One problem of a suite.
 *
 * @param suite    the suite's name ({@code mgh}, {@code nist}, {@code quadratics}, {@code learning})
 * @param label    the problem's name in the benchmark's files, unique over all suites
 * @param problem  the problem the methods run on, deterministic or stochastic (minibatches); when its f* is unknown
 *                 ({@link Problem#optimalValue()} empty, e.g. a learning problem), the benchmark uses the least value
 *                 any of its runs reached ({@link Bench#withOptimalValues})
 * @param measured the deterministic problem whose objective measures the runs: {@code problem} itself when it is
 *                 deterministic, its full-batch version when it draws minibatches
 */
public record BenchProblem(String suite, String label, Problem problem, Problem measured) {

    public BenchProblem {
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(problem, "problem");
        if (measured.oracle(0).deterministicObjective() == null) {
            throw new IllegalArgumentException("problem " + label + " is measured on a stochastic objective");
        }
    }

    /** A deterministic problem, measured on itself. */
    public BenchProblem(String suite, String label, Problem problem) {
        this(suite, label, problem, problem);
    }

    /** True when the methods draw minibatches (then progress is measured at each iterate, not at each evaluation). */
    public boolean stochastic() {
        return problem.oracle(0).deterministicObjective() == null;
    }

    /** A fresh instance of the objective that measures the runs. */
    Objective measuredObjective() {
        return measured.oracle(0).deterministicObjective();
    }

    /** The published f*, or empty. */
    public OptionalDouble publishedOptimum() {
        return measured.optimalValue();
    }
}
