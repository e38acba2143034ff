package org.stepplan.cli.reproduce;

import java.util.Arrays;
import java.util.List;
import org.stepplan.cli.RunSpec;
import org.stepplan.core.Oracle;
import org.stepplan.optim.Methods;
import org.stepplan.optim.Optimizer;
import org.stepplan.problems.Problem;
import org.stepplan.problems.Problems;
import org.stepplan.run.TraceRow;

/**
 * The step sizes of a run continued past the iteration where its error became exactly zero. The run loop stops there
 * (convergence is always on), but the paper's Figure 4 keeps iterating: its step sizes peak at exactly 1 in the plan
 * after w reached w* and then drop to 0. This replays the run's optimizer step by step from the start, checks that
 * it reaches the same w and step sizes as the run at the zero-error iteration (bit for bit), and continues.
 *
 * @param zeroAt     the iteration at which the run's error became 0
 * @param iterations the continued iterations, zeroAt+1 ...
 * @param stepSizes  the step sizes after each continued iteration
 */
record PastZeroError(long zeroAt, long[] iterations, double[][] stepSizes) {

    /** Continues {@code m}, which must have reached zero error, for {@code extra} iterations. */
    static PastZeroError of(Measured m, long extra) {
        if (m.result().firstZeroError() == null) {
            throw new IllegalArgumentException(m.label() + " never reached zero error");
        }
        RunSpec spec = m.request().spec();
        Problem problem = Problems.create(spec.problem(), spec.problemParams());
        Optimizer opt = Methods.configure(spec.method(), spec.methodParams()).create(problem.dimension());
        Oracle oracle = problem.oracle(spec.seed());
        double[] w = spec.start() == null ? problem.start() : spec.start();
        long zeroAt = m.result().firstZeroError().iterations();
        for (long k = 1; k <= zeroAt; k++) {
            opt.step(w, oracle);
        }
        List<TraceRow> trace = m.trace();
        if (!Arrays.equals(w, m.result().w()) || !Arrays.equals(sizes(opt), trace.get(trace.size() - 1).stepSizes())) {
            throw new IllegalStateException("replaying " + m.label() + " did not reproduce its run");
        }
        long[] its = new long[(int) extra];
        double[][] steps = new double[(int) extra][];
        for (int i = 0; i < extra; i++) {
            opt.step(w, oracle);
            its[i] = zeroAt + 1 + i;
            steps[i] = sizes(opt);
        }
        return new PastZeroError(zeroAt, its, steps);
    }

    /** The largest value step size {@code component} takes after the zero-error iteration. */
    double peak(int component) {
        double peak = Double.NEGATIVE_INFINITY;
        for (double[] s : stepSizes) {
            peak = Math.max(peak, s[component]);
        }
        return peak;
    }

    /** Step size {@code component} after the last continued iteration. */
    double last(int component) {
        return stepSizes[stepSizes.length - 1][component];
    }

    private static double[] sizes(Optimizer opt) {
        double[] s = new double[opt.stepSizeCount()];
        for (int i = 0; i < s.length; i++) {
            s[i] = opt.stepSize(i);
        }
        return s;
    }
}
