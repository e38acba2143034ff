package org.stepplan.planning;

import org.stepplan.core.Labeled;

/** Which gradient a projection or correction step of planning uses (docs/methods.md §10c.2-3). */
public enum GradientSource implements Labeled {
    /** A fresh gradient at the current w, one counted gradient evaluation (paper semantics). */
    FRESH("fresh"),
    /** g_k, the gradient of this iteration's online step, reused at no cost (the literal algorithm text). */
    STALE("stale");

    private final String label;

    GradientSource(String label) {
        this.label = label;
    }

    /** The name used on the command line. */
    @Override
    public String label() {
        return label;
    }
}
