package org.stepplan.run;

/**
 * Watches a run while it goes (progress, a CSV written as rows come, a recorded path). A listener overrides
 * {@link #onIteration} to read the live state without copying it, or {@link #onRow} to receive a copy.
 */
public interface RunListener {

    /**
     * Called once per completed iteration, in order, the start (iteration 0) first, with a view that is valid only
     * during the call. By default it copies the view into a {@link TraceRow} for {@link #onRow}.
     */
    default void onIteration(Iteration iteration) {
        onRow(iteration.toRow());
    }

    /** Called once per iteration with a copy of its state, when {@link #onIteration} is not overridden. */
    default void onRow(TraceRow row) {
    }

    /** Called once when the run has stopped. */
    default void onFinish(Result result) {
    }
}
