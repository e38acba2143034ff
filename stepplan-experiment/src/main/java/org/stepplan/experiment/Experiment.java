package org.stepplan.experiment;

import java.util.concurrent.atomic.AtomicLong;
import org.stepplan.core.Oracle;
import org.stepplan.core.Vectors;
import org.stepplan.methods.Methods;
import org.stepplan.optim.Optimizer;
import org.stepplan.optim.OptimizerConfig;
import org.stepplan.problems.Compatibility;
import org.stepplan.problems.Problem;
import org.stepplan.problems.Problems;
import org.stepplan.run.Checkpoints;
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

    /**
     * A run resolved and checked but not started.
     *
     * @param spec    what was asked
     * @param problem the problem
     * @param config  the method's effective configuration
     * @param start   w_0 (the given start or the problem's), checked: length d, finite
     */
    public record Prepared(RunSpec spec, Problem problem, OptimizerConfig config, double[] start) {
    }

    /** Runs started in this process (each command checks its inputs before the first, so bad input starts none). */
    private static final AtomicLong STARTED = new AtomicLong();

    private Experiment() {
    }

    /** The number of runs started in this process so far. */
    public static long started() {
        return STARTED.get();
    }

    /**
     * Resolves and checks {@code spec} without running it: the problem and its parameters, the method and its
     * parameters, that they fit, the start, and that the run's estimated memory fits the heap left
     * ({@link MemoryEstimate}).
     *
     * @throws IllegalArgumentException as {@link #execute(RunSpec, RunListener...)}
     */
    public static Prepared prepare(RunSpec spec) {
        Problem problem = Problems.create(spec.problem(), spec.problemParams());
        OptimizerConfig config = Methods.configure(spec.method(), spec.methodParams());
        Compatibility.check(problem, config);
        double[] start = spec.start() == null ? problem.start() : spec.start();
        Vectors.requireFiniteVector("start", start, problem.dimension());
        MemoryEstimate.requireHeap(config.method() + " on " + problem.name() + " (d=" + problem.dimension() + ")",
                MemoryEstimate.runBytes(config, problem.dimension()));
        return new Prepared(spec, problem, config, start);
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
        return execute(prepare(spec), memory, listeners);
    }

    /**
     * Runs a prepared spec with checkpoints, or continues it from one.
     *
     * @param from        the checkpoint to continue, or null for a fresh run
     * @param checkpoints where the run's checkpoints go
     * @throws IllegalArgumentException when {@code from} does not fit the optimizer or the oracle
     */
    public static Outcome execute(Prepared p, RunCheckpoint from, Checkpoints checkpoints, RunListener... listeners) {
        STARTED.incrementAndGet();
        Oracle oracle = p.problem().oracle(p.spec().seed());
        Optimizer optimizer = p.config().create(oracle.dimension());
        double[] start = p.start();
        if (from != null) {
            optimizer.restore(from.optimizer());
            oracle.restore(from.oracle());
            start = from.w();
        }
        Monitor monitor = p.problem().monitor(oracle);
        Result result = Minimizer.run(oracle, optimizer, p.config(), start, monitor, p.spec().rules(),
                TraceMemory.NONE, from == null ? null : from.position(), checkpoints, listeners);
        return new Outcome(p.spec(), p.problem(), p.config(), result, monitor);
    }

    /** Runs a prepared spec, keeping the rows {@code memory} asks for. */
    public static Outcome execute(Prepared p, TraceMemory memory, RunListener... listeners) {
        STARTED.incrementAndGet();
        Oracle oracle = p.problem().oracle(p.spec().seed());
        Monitor monitor = p.problem().monitor(oracle);
        Result result = Minimizer.minimize(oracle, p.config(), p.start(), monitor, p.spec().rules(), memory,
                listeners);
        return new Outcome(p.spec(), p.problem(), p.config(), result, monitor);
    }
}
