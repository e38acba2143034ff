package org.stepplan.run;

/**
 * Where a run stands after iteration k was measured and given to the listeners: what, with the weights, the
 * optimizer's and the oracle's state, a checkpoint needs to continue it exactly.
 *
 * @param iteration     k
 * @param zero          the first exactly-zero error so far, or null
 * @param baseCounts    the oracle's gradient, function, Hessian-diagonal and example counts when the run
 *                      started (results count from them)
 */
public record Position(long iteration, Result.Mark zero, long[] baseCounts) {

    public Position {
        if (iteration < 0) {
            throw new IllegalArgumentException("iteration must be >= 0, got " + iteration);
        }
        if (baseCounts == null || baseCounts.length != 4) {
            throw new IllegalArgumentException("baseCounts must be the four counts of an oracle");
        }
        baseCounts = baseCounts.clone();
    }

    @Override
    public long[] baseCounts() {
        return baseCounts.clone();
    }
}
