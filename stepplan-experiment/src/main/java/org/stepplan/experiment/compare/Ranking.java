package org.stepplan.experiment.compare;

import java.util.Comparator;
import java.util.List;
import org.stepplan.experiment.Experiment;
import org.stepplan.learn.LearningProblem;
import org.stepplan.run.Result;
import org.stepplan.run.Status;

/**
 * The rule that picks a method's best setting, stated once (the command prints it): a run that did not diverge beats
 * one that did; among runs that reached the target (or exactly zero error), the fewest gradient evaluations to get
 * there wins; otherwise the lowest final error (the loss when the problem has no known minimizer; on a learning
 * problem the full training loss at the final weights, not the last minibatch's); a tie goes to the setting listed
 * first.
 */
public final class Ranking {

    public static final String RULE = "best setting: fewest gradient evaluations to the target (or to zero error); if none "
            + "reached it, lowest final error (loss when w* is unknown; full training loss on learning problems); diverged runs last; ties: first in the grid";

    private Ranking() {
    }

    /** Whether the run reached the target or exactly zero error. */
    static boolean reached(Result r) {
        return r.status() == Status.TARGET_REACHED || r.status() == Status.CONVERGED;
    }

    /**
     * The final error, or the loss when the problem has no known minimizer (the last finite value); on a learning
     * problem the full training loss at the final weights (infinite when they are not finite).
     */
    static double measure(Experiment.Outcome o) {
        if (o.problem() instanceof LearningProblem learning && o.result().status() != Status.DIVERGED) {
            double loss = learning.trainingLoss(o.result().w());
            return Double.isFinite(loss) ? loss : Double.POSITIVE_INFINITY;
        }
        return measure(o.result());
    }

    private static double measure(Result r) {
        if (r.trace().isEmpty()) {
            return Double.POSITIVE_INFINITY;
        }
        var last = r.trace().get(r.trace().size() - 1);
        return r.errorKnown() ? last.error() : last.loss();
    }

    /** The best of {@code runs} (in grid order) by {@link #RULE}. */
    static Experiment.Outcome best(List<Experiment.Outcome> runs) {
        Comparator<Experiment.Outcome> rule = Comparator
                .comparing((Experiment.Outcome o) -> o.result().status() == Status.DIVERGED)
                .thenComparing(o -> !reached(o.result()))
                .thenComparingDouble(o -> reached(o.result()) ? o.result().gradEvals() : measure(o));
        Experiment.Outcome best = runs.get(0);
        for (Experiment.Outcome o : runs) {
            if (rule.compare(o, best) < 0) {
                best = o;
            }
        }
        return best;
    }
}
