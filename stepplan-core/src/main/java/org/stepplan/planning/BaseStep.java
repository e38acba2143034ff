package org.stepplan.planning;

import org.stepplan.core.Labeled;

/**
 * How {@link BasePlanning} scales the base's displacement on its online steps: {@code w_k = w_{k-1} - c d(w_{k-1})},
 * d the base's own displacement.
 */
public enum BaseStep implements Labeled {
    /** {@code c = 1}: the base's step as configured. */
    FIXED("fixed"),
    /**
     * c from the newest secant pair of the buffer, every step (a Barzilai-Borwein step in units of the base's step):
     * {@code s = -u_{k-1}}, {@code y = d(w_{k-1}) - d(w_{k-2}) = u_k / c_k - u_{k-1} / c_{k-1}},
     * {@code c_{k+1} = s.s / s.y} (kept when s.y &lt;= 0, when it is not finite, or across an accepted plan's jump).
     * With base gd at gamma on a quadratic with Hessian H, {@code c gamma = s.s / s.H s} lies in [1/L, 1/mu].
     * Guarded: the scaled step is kept only if the loss is at most the largest of the last K losses (1 function
     * evaluation a step), else the base's own step is taken (c = 1, 1 more evaluation).
     */
    SECANT("secant"),
    /**
     * c steered by the plans (a hypergradient-like use of the buffer, no evaluation): at each plan
     * {@code c *= 2^clamp((rho - rho*) / 0.5, -1, 1)}, rho the alignment of the online displacements in base units
     * (1 for a constant step, about 1/K for independent ones) and rho* the option {@code alignment}; on a
     * deterministic oracle a rejected plan halves c instead. Over adam c multiplies the learning rate. The option
     * {@code acceptance = a*} also bounds the exponent by {@code clamp((a - a*) / 0.25, -1, 1)}, a the running share
     * of accepted plans.
     */
    PLANNED("planned"),
    /**
     * The default: {@code secant} where the oracle is exact and the base is gd (the two things a Barzilai-Borwein
     * step needs: a base displacement linear in the gradient, and secant pairs free of sampling noise),
     * {@code planned} where the base is adam (on either oracle), {@code fixed} otherwise (the planned step over gd on
     * a minibatch ends far above the fixed one: docs/planning.md). Resolved at the first step, when the oracle is
     * known.
     */
    AUTO("auto");

    private final String label;

    BaseStep(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
