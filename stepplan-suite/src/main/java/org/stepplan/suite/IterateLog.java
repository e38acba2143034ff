package org.stepplan.suite;

import java.util.Arrays;
import org.stepplan.run.Iteration;
import org.stepplan.run.RunListener;

/**
 * The progress of a run on minibatches: at each iterate, the evaluations spent so far and the measured (full-batch)
 * loss there. A minibatch value says little about the objective, so the best value after k evaluations is the best
 * measured iterate reached within k evaluations.
 */
final class IterateLog implements RunListener {

    private long[] evaluations = new long[64];
    private double[] losses = new double[64];
    private int count;

    @Override
    public void onIteration(Iteration it) {
        if (count == evaluations.length) {
            evaluations = Arrays.copyOf(evaluations, 2 * count);
            losses = Arrays.copyOf(losses, 2 * count);
        }
        evaluations[count] = it.gradEvals() + it.funcEvals();
        losses[count++] = it.loss();
    }

    /** The best measured loss after each of the run's evaluations (+infinity before a finite one). */
    double[] bestSoFar() {
        int total = count == 0 ? 0 : (int) evaluations[count - 1];
        double[] best = new double[total];
        double least = Double.POSITIVE_INFINITY;
        int row = 0;
        for (int e = 1; e <= total; e++) {
            while (row < count && evaluations[row] <= e) {
                if (losses[row] < least) {
                    least = losses[row];
                }
                row++;
            }
            best[e - 1] = least;
        }
        return best;
    }
}
