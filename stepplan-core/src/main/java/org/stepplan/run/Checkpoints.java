package org.stepplan.run;

import org.stepplan.core.Oracle;
import org.stepplan.optim.Optimizer;

/**
 * Where the run loop hands its complete state for a checkpoint: after iteration k's row went to the listeners and
 * the run goes on (when {@link #due} says so), and once more at the end, after the listeners finished.
 */
public interface Checkpoints {

    /** True when a checkpoint is due after iteration {@code k} (the run goes on). */
    boolean due(long k);

    /**
     * Saves the state; {@code w}, the optimizer and the oracle are live and must be copied, not kept.
     *
     * @param finished true for the checkpoint at the end of the run
     */
    void save(Position position, double[] w, Optimizer optimizer, Oracle oracle, boolean finished);
}
