package org.stepplan.paper.runs;

import java.util.List;
import org.stepplan.experiment.Experiment;
import org.stepplan.run.Result;
import org.stepplan.run.TraceRow;

/**
 * A finished run: the request, the outcome of {@link Experiment#execute} and the weights of every trace row.
 *
 * @param request what was run
 * @param outcome the run's outcome, as {@code stepplan run} computes it
 * @param path    w after each trace row (same length as the trace)
 */
public record Measured(RunRequest request, Experiment.Outcome outcome, List<double[]> path) {

    public Measured {
        path = List.copyOf(path);
        if (path.size() != outcome.result().trace().size()) {
            throw new IllegalStateException("path of " + request.label() + " has " + path.size() + " points for "
                    + outcome.result().trace().size() + " trace rows");
        }
    }

    /** Runs {@code request} through {@link Experiment#execute}, recording its path. */
    public static Measured run(RunRequest request) {
        PathRecorder recorder = new PathRecorder();
        Experiment.Outcome outcome = Experiment.execute(request.spec(), recorder);
        return new Measured(request, outcome, recorder.path());
    }

    public Result result() {
        return outcome.result();
    }

    public List<TraceRow> trace() {
        return outcome.result().trace();
    }

    public String label() {
        return request.label();
    }
}
