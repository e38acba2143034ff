package org.stepplan.run;

import java.nio.DoubleBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.stepplan.core.Oracle;
import org.stepplan.core.Vectors;
import org.stepplan.optim.Optimizer;
import org.stepplan.optim.OptimizerConfig;

/**
 * The run loop: starts from a copy of {@code start}, calls {@link Optimizer#step} once per iteration, records a trace
 * row after each, and stops by the {@link StoppingRules}: at exactly zero error ({@code converged}, unless the rules
 * go on past it), or at the first non-finite loss or weight ({@code diverged}, keeping the trace up to the last
 * finite row); a non-finite gradient shows there in the iteration that drew it, through the update of w.
 *
 * <p>Order of checks after iteration k: divergence; zero error (marked; converged when the rules stop there); target
 * error or loss; gradient-evaluation budget; iteration limit; the method stopped itself ({@code stopped}). The budget is
 * also handed to the oracle ({@link Oracle#limitGradientEvaluations}) for the length of the run, so that a plan stops
 * where it is spent.
 *
 * <p>Runs stream: each completed iteration goes to the listeners as a live {@link Iteration} view (with the weights
 * read-only) and is not kept, unless a {@link TraceMemory} asks for an in-memory trace in the {@link Result}. Without
 * one, a run needs the optimizer's state plus O(d) memory, whatever its number of iterations.
 *
 * <p>Monitoring per iteration: the monitor's loss and (when w* is known) its error; a non-finite weight shows in a
 * non-finite error, so w is scanned for finiteness only when the error is unknown, and gradients are never scanned.
 */
public final class Minimizer {

    private Minimizer() {
    }

    /**
     * Minimizes with a fresh optimizer from {@code config}, keeping no trace in memory.
     *
     * @param oracle    the counting oracle (fresh: its counts start at 0)
     * @param config    the method
     * @param start     w_0, not modified (checked: length d, finite)
     * @param monitor   how loss and error are measured
     * @param rules     when to stop
     * @param listeners notified per iteration and at the end
     */
    public static Result minimize(Oracle oracle, OptimizerConfig config, double[] start, Monitor monitor,
                                  StoppingRules rules, RunListener... listeners) {
        return minimize(oracle, config, start, monitor, rules, TraceMemory.NONE, listeners);
    }

    /** As {@link #minimize(Oracle, OptimizerConfig, double[], Monitor, StoppingRules, RunListener...)}, keeping the
     * rows {@code memory} asks for in {@link Result#trace()}. */
    public static Result minimize(Oracle oracle, OptimizerConfig config, double[] start, Monitor monitor,
                                  StoppingRules rules, TraceMemory memory, RunListener... listeners) {
        Objects.requireNonNull(config, "config");
        Optimizer optimizer = config.create(oracle.dimension());
        return run(oracle, optimizer, config, start, monitor, rules, memory, listeners);
    }

    /** Runs an existing optimizer (for example one restored from a snapshot) from {@code start}, keeping no trace. */
    public static Result run(Oracle oracle, Optimizer optimizer, OptimizerConfig config, double[] start,
                             Monitor monitor, StoppingRules rules, RunListener... listeners) {
        return run(oracle, optimizer, config, start, monitor, rules, TraceMemory.NONE, listeners);
    }

    /** Runs an existing optimizer from {@code start}, keeping the rows {@code memory} asks for. */
    public static Result run(Oracle oracle, Optimizer optimizer, OptimizerConfig config, double[] start,
                             Monitor monitor, StoppingRules rules, TraceMemory memory, RunListener... listeners) {
        return run(oracle, optimizer, config, start, monitor, rules, memory, null, null, listeners);
    }

    /**
     * Runs an existing optimizer from {@code start}, or continues a checkpointed run, handing its state to
     * {@code checkpoints}.
     *
     * <p>To continue: restore the optimizer and the oracle from the checkpoint, pass its weights as {@code start} and
     * its position as {@code resumed}. Iteration {@code resumed.iteration()} is measured again (the state is the one
     * it was measured in, so the values are identical) but not given to the listeners, which had it before the
     * checkpoint; the stopping rules are checked again, and the run goes on (or ends) exactly as the uninterrupted
     * one.
     *
     * @param resumed     the position of the checkpoint to continue, or null for a fresh run
     * @param checkpoints where checkpoints go, or null for none
     */
    public static Result run(Oracle oracle, Optimizer optimizer, OptimizerConfig config, double[] start,
                             Monitor monitor, StoppingRules rules, TraceMemory memory, Position resumed,
                             Checkpoints checkpoints, RunListener... listeners) {
        Objects.requireNonNull(oracle, "oracle");
        Objects.requireNonNull(monitor, "monitor");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(memory, "memory");
        Vectors.requireFiniteVector("start", start, oracle.dimension());
        long[] base = resumed != null ? resumed.baseCounts() : new long[] {oracle.gradientEvaluations(),
            oracle.functionEvaluations(), oracle.hessianEvaluations(), oracle.examples()};
        long outerLimit = oracle.gradientLimit();
        long budgetEnd = rules.maxGradEvals() == Long.MAX_VALUE ? Long.MAX_VALUE
                : saturatedSum(base[0], rules.maxGradEvals());
        oracle.limitGradientEvaluations(Math.min(outerLimit, budgetEnd));
        try {
            return loop(oracle, optimizer, config, start.clone(), monitor, rules, memory, base, resumed, checkpoints,
                    listeners);
        } finally {
            oracle.limitGradientEvaluations(outerLimit);
        }
    }

    private static long saturatedSum(long a, long b) {
        long s = a + b;
        return s < a ? Long.MAX_VALUE : s;
    }

    private static Result loop(Oracle oracle, Optimizer optimizer, OptimizerConfig config, double[] w,
                               Monitor monitor, StoppingRules rules, TraceMemory memory, long[] base,
                               Position resumed, Checkpoints checkpoints, RunListener[] listeners) {
        Live live = new Live(optimizer, monitor, DoubleBuffer.wrap(w).asReadOnlyBuffer());
        Rows rows = memory.keep() ? new Rows(memory.thinning()) : null;
        boolean hasError = monitor.hasError();
        long baseGrad = base[0];
        long baseFunc = base[1];
        long baseHessian = base[2];

        long k = resumed == null ? 0 : resumed.iteration();
        Result.Mark zero = resumed == null ? null : resumed.zero();
        boolean given = resumed != null; // the listeners already had row k
        Status status;
        double loss;
        double error;
        while (true) { // measure iteration k (0: the start), then stop or step
            long grads = oracle.gradientEvaluations() - baseGrad;
            long funcs = oracle.functionEvaluations() - baseFunc;
            loss = monitor.loss(w);
            error = hasError ? monitor.error(w) : Double.NaN;
            if (!Double.isFinite(loss) || (hasError ? !Double.isFinite(error) : !Vectors.allFinite(w))) {
                status = Status.DIVERGED;
                break;
            }
            live.set(k, grads, funcs, loss, error, k == 0 ? "" : optimizer.lastEvent());
            if (!given) {
                if (rows != null) {
                    rows.onIteration(live);
                }
                for (RunListener l : listeners) {
                    l.onIteration(live);
                }
            }
            boolean atZero = hasError && error == 0.0;
            if (atZero && zero == null) {
                zero = new Result.Mark(k, grads);
            }
            status = zero != null && k - zero.iterations() >= rules.pastZeroError() ? Status.CONVERGED
                    : targetOrLimit(rules, hasError, optimizer, k, grads, loss, error);
            if (status != null) {
                break;
            }
            if (checkpoints != null && !given && checkpoints.due(k)) {
                checkpoints.save(new Position(k, zero, base), w, optimizer, oracle, false);
            }
            given = false;
            optimizer.step(w, oracle);
            k++;
        }
        if (rows != null) {
            rows.flush();
        }
        Result result = new Result(optimizer.method(), config == null ? Map.of() : config.params(), status,
                k, oracle.gradientEvaluations() - baseGrad, oracle.functionEvaluations() - baseFunc,
                oracle.hessianEvaluations() - baseHessian, loss,
                hasError, error, w, zero, rows == null ? null : rows.kept);
        for (RunListener l : listeners) {
            l.onFinish(result);
        }
        if (checkpoints != null) {
            checkpoints.save(new Position(k, zero, base), w, optimizer, oracle, true);
        }
        return result;
    }

    private static Status targetOrLimit(StoppingRules rules, boolean hasError, Optimizer optimizer, long k,
                                        long grads, double loss, double error) {
        if (hasError && !Double.isNaN(rules.targetError()) && error <= rules.targetError()) {
            return Status.TARGET_REACHED;
        }
        if (!Double.isNaN(rules.targetLoss()) && loss <= rules.targetLoss()) {
            return Status.TARGET_REACHED;
        }
        if (grads >= rules.maxGradEvals()) {
            return Status.MAX_GRAD_EVALS;
        }
        if (k >= rules.maxIterations()) {
            return Status.MAX_ITERATIONS;
        }
        return optimizer.stopped() ? Status.STOPPED : null;
    }

    /** The view listeners get: the run's scalars of the current iteration over the live optimizer and weights. */
    private static final class Live implements Iteration {
        private final Optimizer optimizer;
        private final Monitor monitor;
        private final List<String> measurements;
        private final DoubleBuffer w;
        private long iteration;
        private long gradEvals;
        private long funcEvals;
        private double loss;
        private double error;
        private String event;

        Live(Optimizer optimizer, Monitor monitor, DoubleBuffer w) {
            this.optimizer = optimizer;
            this.monitor = monitor;
            this.measurements = List.copyOf(monitor.measurements());
            this.w = w;
        }

        void set(long k, long grads, long funcs, double loss, double error, String event) {
            this.iteration = k;
            this.gradEvals = grads;
            this.funcEvals = funcs;
            this.loss = loss;
            this.error = error;
            this.event = event;
        }

        @Override
        public long iteration() {
            return iteration;
        }

        @Override
        public long gradEvals() {
            return gradEvals;
        }

        @Override
        public long funcEvals() {
            return funcEvals;
        }

        @Override
        public double loss() {
            return loss;
        }

        @Override
        public double error() {
            return error;
        }

        @Override
        public String event() {
            return event;
        }

        @Override
        public int stepSizeCount() {
            return optimizer.stepSizeCount();
        }

        @Override
        public double stepSize(int i) {
            return optimizer.stepSize(i);
        }

        @Override
        public List<String> measurements() {
            return measurements;
        }

        @Override
        public double measurement(int i) {
            return monitor.measurement(i);
        }

        @Override
        public DoubleBuffer w() {
            return w.clear();
        }
    }

    /** The in-memory trace: the rows of a thinning, each a copy. */
    private static final class Rows extends ThinnedListener {
        private final List<TraceRow> kept = new ArrayList<>();
        private TraceRow held;

        Rows(Thinning thinning) {
            super(thinning);
        }

        @Override
        protected void write(Iteration iteration) {
            kept.add(iteration.toRow());
        }

        @Override
        protected void hold(Iteration iteration) {
            held = iteration.toRow();
        }

        @Override
        protected void writeHeld() {
            kept.add(held);
        }
    }
}
