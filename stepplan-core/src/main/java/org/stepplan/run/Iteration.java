package org.stepplan.run;

import java.nio.DoubleBuffer;
import java.util.List;

/**
 * The state of a run after a completed main-loop iteration, as listeners see it while the run goes: a live view,
 * valid only during {@link RunListener#onIteration}, which allocates nothing. {@link #toRow()} copies it into a
 * {@link TraceRow} for whoever wants to keep it.
 */
public interface Iteration {

    /** Completed main-loop iterations k (0: the start). */
    long iteration();

    /** Gradient evaluations so far. */
    long gradEvals();

    /** Function (value-only) evaluations so far. */
    long funcEvals();

    /** The monitor's loss at w. */
    double loss();

    /** The monitor's error at w, NaN when w* is unknown. */
    double error();

    /** The method's event tag ({@code plan}, ...) or empty; always empty at row 0. */
    String event();

    /** How many step sizes the method exposes: 0, 1 or d. */
    int stepSizeCount();

    /** Step size {@code i} (0-based) after the iteration. */
    double stepSize(int i);

    /** The names of the monitor's extra measurements ({@link Monitor#measurements()}), the same at every row. */
    List<String> measurements();

    /** Measurement {@code i} at this row (NaN where it was not measured). */
    double measurement(int i);

    /**
     * The current weights, read-only (writes throw {@link java.nio.ReadOnlyBufferException}); read them with the
     * absolute {@code get(index)} / {@code get(index, dst)} methods. The view follows the run: copy what you keep.
     */
    DoubleBuffer w();

    /** A copy of this state as a trace row, with every step size. */
    default TraceRow toRow() {
        double[] s = new double[stepSizeCount()];
        for (int i = 0; i < s.length; i++) {
            s[i] = stepSize(i);
        }
        return new TraceRow(iteration(), gradEvals(), funcEvals(), loss(), error(), s, event());
    }
}
