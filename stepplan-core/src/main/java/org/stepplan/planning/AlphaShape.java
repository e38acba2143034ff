package org.stepplan.planning;

import org.stepplan.core.Labeled;

/** Whether the step-size model of {@link BasePlanning} has one alpha per component or one for all. */
public enum AlphaShape implements Labeled {
    /** {@code alpha_i = S1_i / S2_i} (0 where S2_i = 0), as in the paper. */
    DIAGONAL("diagonal"),
    /** {@code alpha = sum_i S1_i / sum_i S2_i} (0 where the denominator is 0), the same for every component. */
    SCALAR("scalar");

    private final String label;

    AlphaShape(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
