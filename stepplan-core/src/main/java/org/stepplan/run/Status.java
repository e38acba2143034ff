package org.stepplan.run;

/** Why a run stopped. */
public enum Status {
    /** The error reached exactly 0.0: w equals w* bit for bit. */
    CONVERGED("converged"),
    /** The target error or target loss was reached. */
    TARGET_REACHED("target-reached"),
    /** The iteration limit was reached. */
    MAX_ITERATIONS("max-iterations"),
    /** The gradient-evaluation budget was reached (the last iteration may overshoot it by its own cost). */
    MAX_GRAD_EVALS("max-grad-evals"),
    /** The method stopped itself ({@code Optimizer.stopped()}): its last event says why. */
    STOPPED("stopped"),
    /** A loss, gradient or weight became NaN or infinite. */
    DIVERGED("diverged");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    /** The name printed by the CLI. */
    public String label() {
        return label;
    }
}
