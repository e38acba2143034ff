package org.stepplan.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.stepplan.core.Oracle;
import org.stepplan.core.Vectors;
import org.stepplan.optim.Optimizer;
import org.stepplan.optim.OptimizerConfig;

/**
 * The run loop: starts from a copy of {@code start}, calls {@link Optimizer#step} once per iteration, records a trace
 * row after each, and stops by the {@link StoppingRules}: at exactly zero error ({@code converged}, unless the rules
 * go on past it), or at the first non-finite loss, gradient or weight ({@code diverged}, keeping the trace up to the
 * last finite row).
 *
 * <p>Order of checks after iteration k: divergence; zero error (marked; converged when the rules stop there); target
 * error or loss; gradient-evaluation budget; iteration limit; the method stopped itself ({@code stopped}).
 */
public final class Minimizer {

    private Minimizer() {
    }

    /**
     * Minimizes with a fresh optimizer from {@code config}.
     *
     * @param oracle    the counting oracle (fresh: its counts start at 0)
     * @param config    the method
     * @param start     w_0, not modified (checked: length d, finite)
     * @param monitor   how loss and error are measured
     * @param rules     when to stop
     * @param listeners notified per row and at the end
     */
    public static Result minimize(Oracle oracle, OptimizerConfig config, double[] start, Monitor monitor,
                                  StoppingRules rules, RunListener... listeners) {
        Objects.requireNonNull(config, "config");
        Optimizer optimizer = config.create(oracle.dimension());
        return run(oracle, optimizer, config, start, monitor, rules, listeners);
    }

    /** Runs an existing optimizer (for example one restored from a snapshot) from {@code start}. */
    public static Result run(Oracle oracle, Optimizer optimizer, OptimizerConfig config, double[] start,
                             Monitor monitor, StoppingRules rules, RunListener... listeners) {
        Objects.requireNonNull(oracle, "oracle");
        Objects.requireNonNull(monitor, "monitor");
        Objects.requireNonNull(rules, "rules");
        Vectors.requireFiniteVector("start", start, oracle.dimension());
        double[] w = start.clone();
        List<TraceRow> trace = new ArrayList<>();
        long baseGrad = oracle.gradientEvaluations();
        long baseFunc = oracle.functionEvaluations();
        long baseHessian = oracle.hessianEvaluations();
        long baseNonFinite = oracle.nonFiniteGradients();

        long k = 0;
        Result.Mark zero = null;
        Status status;
        double loss;
        double error;
        while (true) { // measure iteration k (0: the start), then stop or step
            long grads = oracle.gradientEvaluations() - baseGrad;
            long funcs = oracle.functionEvaluations() - baseFunc;
            loss = monitor.loss(w);
            error = monitor.hasError() ? monitor.error(w) : Double.NaN;
            if (oracle.nonFiniteGradients() > baseNonFinite || !Vectors.allFinite(w) || !Double.isFinite(loss)
                    || (monitor.hasError() && !Double.isFinite(error))) {
                status = Status.DIVERGED;
                break;
            }
            emit(trace, listeners, new TraceRow(k, grads, funcs, loss, error, stepSizes(optimizer),
                    k == 0 ? "" : optimizer.lastEvent()));
            boolean atZero = monitor.hasError() && error == 0.0;
            if (atZero && zero == null) {
                zero = new Result.Mark(k, grads);
            }
            status = atZero && rules.stopAtZeroError() ? Status.CONVERGED
                    : targetOrLimit(rules, monitor, optimizer, k, grads, loss, error);
            if (status != null) {
                break;
            }
            optimizer.step(w, oracle);
            k++;
        }
        Result result = new Result(optimizer.method(), config == null ? java.util.Map.of() : config.params(), status,
                k, oracle.gradientEvaluations() - baseGrad, oracle.functionEvaluations() - baseFunc,
                oracle.hessianEvaluations() - baseHessian, loss,
                monitor.hasError(), error, w, zero, trace);
        for (RunListener l : listeners) {
            l.onFinish(result);
        }
        return result;
    }

    private static Status targetOrLimit(StoppingRules rules, Monitor monitor, Optimizer optimizer, long k,
                                        long grads, double loss, double error) {
        if (monitor.hasError() && !Double.isNaN(rules.targetError()) && error <= rules.targetError()) {
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

    private static double[] stepSizes(Optimizer optimizer) {
        double[] s = new double[optimizer.stepSizeCount()];
        for (int i = 0; i < s.length; i++) {
            s[i] = optimizer.stepSize(i);
        }
        return s;
    }

    private static void emit(List<TraceRow> trace, RunListener[] listeners, TraceRow row) {
        trace.add(row);
        for (RunListener l : listeners) {
            l.onRow(row);
        }
    }
}
