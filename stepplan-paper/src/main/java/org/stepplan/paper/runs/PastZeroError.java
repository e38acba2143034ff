package org.stepplan.paper.runs;

import java.util.Arrays;
import java.util.List;
import org.stepplan.experiment.Experiment;
import org.stepplan.experiment.RunSpec;
import org.stepplan.run.Result;
import org.stepplan.run.StoppingRules;
import org.stepplan.run.TraceRow;

/**
 * The step sizes of a run continued past the iteration where its error became exactly zero. Runs stop there by
 * default, but the paper's Figure 4 keeps iterating: its step sizes peak at exactly 1 in the plan after w reached w*
 * and then drop to 0. This runs the same spec again through {@link Experiment#execute} with
 * {@link StoppingRules#continuingPastZeroError()} (what {@code stepplan run --continue-past-zero} does), checks that
 * it is the same run up to the zero-error iteration (bit for bit), and keeps the rows after it.
 *
 * @param zeroAt     the iteration at which the run's error became 0
 * @param iterations the continued iterations, zeroAt+1 ...
 * @param stepSizes  the step sizes after each continued iteration
 */
public record PastZeroError(long zeroAt, long[] iterations, double[][] stepSizes) {

    /** Continues {@code m}, which must have reached zero error, for {@code extra} iterations. */
    public static PastZeroError of(Measured m, long extra) {
        if (m.result().firstZeroError() == null) {
            throw new IllegalArgumentException(m.label() + " never reached zero error");
        }
        long zeroAt = m.result().firstZeroError().iterations();
        RunSpec spec = m.request().spec();
        RunSpec continued = new RunSpec(spec.problem(), spec.problemParams(), spec.start(), spec.method(),
                spec.methodParams(), StoppingRules.iterations(zeroAt + extra).continuingPastZeroError(), spec.seed());
        Result r = Experiment.execute(continued).result();
        List<TraceRow> trace = r.trace();
        if (!sameRows(trace, m.trace(), (int) zeroAt)) {
            throw new IllegalStateException("continuing " + m.label() + " did not reproduce its run");
        }
        long[] its = new long[(int) extra];
        double[][] steps = new double[(int) extra][];
        for (int i = 0; i < extra; i++) {
            TraceRow row = trace.get((int) zeroAt + 1 + i);
            its[i] = row.iteration();
            steps[i] = row.stepSizes().clone();
        }
        return new PastZeroError(zeroAt, its, steps);
    }

    /** Rows 0..last of both traces agree in every number. */
    private static boolean sameRows(List<TraceRow> a, List<TraceRow> b, int last) {
        for (int k = 0; k <= last; k++) {
            TraceRow x = a.get(k);
            TraceRow y = b.get(k);
            if (x.gradEvals() != y.gradEvals() || Double.compare(x.error(), y.error()) != 0
                    || Double.compare(x.loss(), y.loss()) != 0 || !Arrays.equals(x.stepSizes(), y.stepSizes())) {
                return false;
            }
        }
        return true;
    }

    /** The largest value step size {@code component} takes after the zero-error iteration. */
    public double peak(int component) {
        double peak = Double.NEGATIVE_INFINITY;
        for (double[] s : stepSizes) {
            peak = Math.max(peak, s[component]);
        }
        return peak;
    }

    /** Step size {@code component} after the last continued iteration. */
    public double last(int component) {
        return stepSizes[stepSizes.length - 1][component];
    }
}
