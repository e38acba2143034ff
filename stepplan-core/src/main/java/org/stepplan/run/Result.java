package org.stepplan.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The immutable outcome of a run.
 *
 * @param method         the method's name
 * @param params         its effective hyper-parameters
 * @param status         why it stopped
 * @param iterations     completed main-loop iterations (for a diverged run: including the one that diverged)
 * @param gradEvals      gradient evaluations
 * @param funcEvals      function (value-only) evaluations
 * @param hessianEvals   Hessian-diagonal evaluations (vSGD; 0 for every other method)
 * @param loss           the final loss (non-finite when diverged)
 * @param errorKnown     whether the monitor knows w*, so that {@code error} is meaningful
 * @param error          the final error (NaN when w* is unknown)
 * @param w              the final weights
 * @param firstZeroError the end of the first iteration where the error was exactly 0.0, or null
 * @param trace          the rows kept in memory (see {@link TraceMemory}): of the completed iterations with finite
 *                       values, row 0 the start; null when the run kept none
 */
public record Result(String method, Map<String, Object> params, Status status, long iterations, long gradEvals,
                     long funcEvals, long hessianEvals, double loss, boolean errorKnown, double error, double[] w, Mark firstZeroError,
                     List<TraceRow> trace) {

    /** A point of a run: iterations and gradient evaluations at the end of an iteration. */
    public record Mark(long iterations, long gradEvals) {
    }

    public Result {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        w = w.clone();
        trace = trace == null ? null : List.copyOf(trace);
    }

    /**
     * The rows kept in memory.
     *
     * @throws IllegalStateException when the run kept no trace (the default: pass a {@link TraceMemory} to
     *                               {@link Minimizer})
     */
    @Override
    public List<TraceRow> trace() {
        if (trace == null) {
            throw new IllegalStateException("this run kept no trace in memory; run it with a TraceMemory "
                    + "(for example TraceMemory.ALL) to read Result.trace()");
        }
        return trace;
    }

    /** Whether the run kept a trace in memory. */
    public boolean traceKept() {
        return trace != null;
    }

    /** A copy of the final weights. */
    @Override
    public double[] w() {
        return w.clone();
    }

    /** The last trace row whose gradient-evaluation count is at most {@code budget}, or null if none. */
    public TraceRow lastRowWithin(long budget) {
        TraceRow found = null;
        for (TraceRow row : trace()) {
            if (row.gradEvals() > budget) {
                break;
            }
            found = row;
        }
        return found;
    }
}
