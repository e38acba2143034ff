package org.stepplan.paper.runs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.stepplan.run.Iteration;
import org.stepplan.run.RunListener;

/** Records the weights of every trace row of a run (its path), for the update-trace figures: a copy of w per row. */
final class PathRecorder implements RunListener {

    private final List<double[]> path = new ArrayList<>();

    @Override
    public void onIteration(Iteration it) {
        double[] w = new double[it.w().capacity()];
        it.w().get(0, w);
        path.add(w);
    }

    /** w after each trace row, row 0 the start. */
    List<double[]> path() {
        return Collections.unmodifiableList(path);
    }
}
