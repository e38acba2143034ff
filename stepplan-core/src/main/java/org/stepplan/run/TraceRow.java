package org.stepplan.run;

/**
 * One row of a run's trace: the state after a completed main-loop iteration (row 0 is the start).
 *
 * @param iteration completed main-loop iterations k
 * @param gradEvals gradient evaluations so far
 * @param funcEvals function (value-only) evaluations so far
 * @param loss      the monitor's loss at w
 * @param error     the monitor's error at w, NaN when w* is unknown
 * @param stepSizes the method's step size(s) after the iteration (empty when it has none); do not modify
 * @param event     the method's event tag ({@code plan}, ...) or empty
 */
public record TraceRow(long iteration, long gradEvals, long funcEvals, double loss, double error,
                       double[] stepSizes, String event) {
}
