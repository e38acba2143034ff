package org.stepplan.cli;

import org.stepplan.core.Oracle;
import org.stepplan.optim.Methods;
import org.stepplan.optim.OptimizerConfig;
import org.stepplan.problems.Compatibility;
import org.stepplan.problems.Problem;
import org.stepplan.problems.Problems;
import org.stepplan.run.MemoryEstimate;
import org.stepplan.run.Minimizer;
import org.stepplan.run.Monitor;
import org.stepplan.run.Result;
import org.stepplan.run.RunListener;
import org.stepplan.run.TraceMemory;

/**
 * The one code path from a {@link RunSpec} to a {@link Result}, shared by {@code stepplan run}, {@code compare},
 * {@code reproduce} and the reproduction tests: resolve the problem and the method, check that they fit, minimize.
 */
public final class Experiment {

    /**
     * The resolved pieces of a run and its result.
     *
     * @param spec    what was asked
     * @param problem the problem
     * @param config  the method's effective configuration
     * @param result  the outcome
     * @param monitor the problem's monitor of the run (unwrapped), with what it measured
     */
    public record Outcome(RunSpec spec, Problem problem, OptimizerConfig config, Result result, Monitor monitor) {
    }

    private Experiment() {
    }

    /**
     * Runs {@code spec}, keeping every trace row in memory (what {@code compare}, {@code reproduce} and the
     * reproduction tests read).
     *
     * @throws IllegalArgumentException for an unknown problem or method, a bad parameter, a bad start, a method
     *                                  the problem cannot serve, or a run whose estimated memory is above the heap
     *                                  left ({@link MemoryEstimate})
     */
    public static Outcome execute(RunSpec spec, RunListener... listeners) {
        return execute(spec, TraceMemory.ALL, listeners);
    }

    /**
     * Runs {@code spec}, keeping the rows {@code memory} asks for in the result ({@link TraceMemory#NONE}: none, so
     * the run's memory does not grow with its iterations).
     *
     * @throws IllegalArgumentException as {@link #execute(RunSpec, RunListener...)}
     */
    public static Outcome execute(RunSpec spec, TraceMemory memory, RunListener... listeners) {
        Problem problem = Problems.create(spec.problem(), spec.problemParams());
        OptimizerConfig config = Methods.configure(spec.method(), spec.methodParams());
        Compatibility.check(problem, config);
        double[] start = spec.start() == null ? problem.start() : spec.start();
        Oracle oracle = problem.oracle(spec.seed());
        MemoryEstimate.requireHeap(config.method() + " on " + problem.name() + " (d=" + problem.dimension() + ")",
                MemoryEstimate.runBytes(config, problem.dimension()));
        Monitor monitor = problem.monitor(oracle);
        Result result = Minimizer.minimize(oracle, config, start, monitor, spec.rules(), memory, listeners);
        return new Outcome(spec, problem, config, result, monitor);
    }
}
