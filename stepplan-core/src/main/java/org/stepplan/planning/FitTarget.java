package org.stepplan.planning;

import org.stepplan.core.Labeled;

/** What the step-size fit of {@link BasePlanning} pairs with each stored base displacement. */
public enum FitTarget implements Labeled {
    /**
     * The stored weights, as in the paper: {@code x_s = w_s} (after the online step, before any projection), so each
     * K-step difference {@code x_s - x_{s+K}} also spans the projection jumps made in between.
     */
    WEIGHTS("weights"),
    /**
     * The online displacements only: {@code x_s = z_s} with {@code z_k = z_{k-1} - u_k} (z_0 = w_0), so
     * {@code x_s - x_{s+K} = u_{s+1} + ... + u_{s+K}} never contains a projection jump.
     */
    ONLINE("online");

    private final String label;

    FitTarget(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
