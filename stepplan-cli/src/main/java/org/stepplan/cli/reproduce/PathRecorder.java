package org.stepplan.cli.reproduce;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.stepplan.run.Monitor;
import org.stepplan.run.RunListener;
import org.stepplan.run.TraceRow;

/**
 * Records the weights of every trace row of a run (its path), for the update-trace figures. It wraps the problem's
 * monitor: each measurement passes through unchanged and the measured w is remembered; each trace row then takes a
 * copy of the w measured for it. Pass it to {@code Experiment.execute} both as the monitor wrapper and as a listener.
 */
final class PathRecorder implements UnaryOperator<Monitor>, RunListener {

    private final List<double[]> path = new ArrayList<>();
    private double[] lastMeasured;

    @Override
    public Monitor apply(Monitor inner) {
        return new Monitor() {
            @Override
            public double loss(double[] w) {
                lastMeasured = w.clone();
                return inner.loss(w);
            }

            @Override
            public boolean hasError() {
                return inner.hasError();
            }

            @Override
            public double error(double[] w) {
                return inner.error(w);
            }
        };
    }

    @Override
    public void onRow(TraceRow row) {
        path.add(lastMeasured);
    }

    /** w after each trace row, row 0 the start. */
    List<double[]> path() {
        return Collections.unmodifiableList(path);
    }
}
