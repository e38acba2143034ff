package org.stepplan.run;

/** Watches a run row by row (progress bars, live CSV, plots). */
public interface RunListener {

    /** Called once per trace row, in order, row 0 (the start) first. */
    void onRow(TraceRow row);

    /** Called once when the run has stopped. */
    default void onFinish(Result result) {
    }
}
