package org.stepplan.paper.runs;

import java.util.List;
import org.stepplan.run.TraceRow;

/**
 * The step sizes of a run that went on past the iteration where its error became exactly zero
 * ({@link PaperRuns#quadraticCsawgPastZero}). Runs stop there by default, but the paper's Figure 4 keeps iterating:
 * its step sizes peak at exactly 1 in the plan after w reached w* and then drop to 0.
 *
 * @param zeroAt     the iteration at which the run's error became 0
 * @param untilZero  the step sizes after each iteration 0 ... zeroAt
 * @param iterations the iterations after it, zeroAt+1 ...
 * @param stepSizes  the step sizes after each of those iterations
 */
public record PastZeroError(long zeroAt, double[][] untilZero, long[] iterations, double[][] stepSizes) {

    /** The rows of {@code m}, which must have gone on past zero error, split at its zero-error iteration. */
    public static PastZeroError of(Measured m) {
        if (m.result().firstZeroError() == null) {
            throw new IllegalArgumentException(m.label() + " never reached zero error");
        }
        int zeroAt = (int) m.result().firstZeroError().iterations();
        List<TraceRow> trace = m.trace();
        double[][] until = new double[zeroAt + 1][];
        for (int i = 0; i <= zeroAt; i++) {
            until[i] = trace.get(i).stepSizes().clone();
        }
        int extra = trace.size() - 1 - zeroAt;
        long[] its = new long[extra];
        double[][] steps = new double[extra][];
        for (int i = 0; i < extra; i++) {
            TraceRow row = trace.get(zeroAt + 1 + i);
            its[i] = row.iteration();
            steps[i] = row.stepSizes().clone();
        }
        return new PastZeroError(zeroAt, until, its, steps);
    }

    /** The largest value step size {@code component} takes up to and including the zero-error iteration. */
    public double peakUntilZero(int component) {
        return peak(untilZero, component);
    }

    /** The largest value step size {@code component} takes after the zero-error iteration. */
    public double peak(int component) {
        return peak(stepSizes, component);
    }

    private static double peak(double[][] rows, int component) {
        double peak = Double.NEGATIVE_INFINITY;
        for (double[] s : rows) {
            peak = Math.max(peak, s[component]);
        }
        return peak;
    }

    /** Step size {@code component} after the last continued iteration. */
    public double last(int component) {
        return stepSizes[stepSizes.length - 1][component];
    }
}
