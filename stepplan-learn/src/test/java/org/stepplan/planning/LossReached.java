package org.stepplan.planning;

import java.nio.DoubleBuffer;
import org.stepplan.core.Oracle;
import org.stepplan.learn.LearningProblem;
import org.stepplan.run.Iteration;
import org.stepplan.run.RunListener;

/**
 * Records the oracle's examples at the first check where the full training loss is at most a target; the loss is
 * checked every {@code every} iterations (not counted: the monitor's measurements are outside the oracle).
 */
final class LossReached implements RunListener {

    private final LearningProblem problem;
    private final Oracle oracle;
    private final double target;
    private final int every;
    private final double[] w;
    private long examples = -1;

    LossReached(LearningProblem problem, Oracle oracle, double target, int every) {
        this.problem = problem;
        this.oracle = oracle;
        this.target = target;
        this.every = every;
        this.w = new double[problem.dimension()];
    }

    @Override
    public void onIteration(Iteration it) {
        if (examples < 0 && it.iteration() % every == 0) {
            DoubleBuffer view = it.w();
            view.get(0, w);
            if (problem.trainingLoss(w) <= target) {
                examples = oracle.examples();
            }
        }
    }

    /** The examples when the target was first reached, or -1 if it never was. */
    long examples() {
        return examples;
    }
}
