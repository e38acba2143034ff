package org.stepplan.planning;

import org.stepplan.core.Labeled;

/** The direction v that {@link BasePlanning} scales by alpha in a projection {@code w <- w - alpha ⊙ v}. */
public enum ProjectionDirection implements Labeled {
    /**
     * A fresh base update at the current w: {@code v = w - base.step(w)}, one base step (its gradient evaluation is
     * counted, and the base's state, e.g. Adam's moments, takes it in); w itself moves only by {@code alpha ⊙ v}.
     */
    FRESH("fresh"),
    /** The last stored base displacement {@code u_k}, free. */
    STALE("stale"),
    /** The mean of the K buffered displacements, {@code (u_{k-K+1} + ... + u_k) / K}, free. */
    AVERAGED("averaged");

    private final String label;

    ProjectionDirection(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
