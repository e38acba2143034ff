package org.stepplan.planning;

import org.stepplan.core.Oracle;

/**
 * The planning step of Algorithms 1 and 2: P projections with the learned diagonal step size, each followed by M
 * plain gradient-descent corrections that bring the weight back into the valley (seed Sec. 4):
 *
 * <pre>
 * repeat P times:
 *     w = w - alpha ⊙ grad f(w)          projection   (a prediction K steps ahead)
 *     repeat M times:
 *         w = w - gamma grad f(w)        correction
 * </pre>
 * Paper semantics (docs/methods.md §10c'): every projection and correction takes a FRESH gradient at the current w, one
 * gradient evaluation each, so a plan costs P(1+M) evaluations (footnotes 4 and 5). Read literally, the algorithms
 * reuse g_k (the gradient of this iteration's online step) instead; that reading is available as
 * {@link GradientSource#STALE} and costs nothing, but it diverges on Rosenbrock.
 *
 * <p>A plan stops where the oracle's gradient budget is spent ({@link Oracle#budgetSpent()}, checked before each fresh
 * gradient): w keeps the projections and corrections made so far. Without a budget (the paper's runs) every plan is
 * whole.
 */
final class Planner {

    private final int projections;
    private final int corrections;
    private final double gamma;
    private final GradientSource projectionGradient;
    private final GradientSource correctionGradient;

    Planner(int projections, int corrections, double gamma, GradientSource projectionGradient,
            GradientSource correctionGradient) {
        this.projections = projections;
        this.corrections = corrections;
        this.gamma = gamma;
        this.projectionGradient = projectionGradient;
        this.correctionGradient = correctionGradient;
    }

    /**
     * Plans from {@code w} in place.
     *
     * @param scratch a gradient buffer of length d (overwritten)
     * @param stale   g_k, for the stale readings (not modified)
     */
    void plan(double[] w, double[] alpha, double[] scratch, double[] stale, Oracle oracle) {
        for (int p = 0; p < projections; p++) {
            double[] g = gradient(projectionGradient, w, scratch, stale, oracle);
            if (g == null) {
                return;
            }
            for (int i = 0; i < w.length; i++) {
                w[i] = w[i] - alpha[i] * g[i];
            }
            for (int m = 0; m < corrections; m++) {
                double[] c = gradient(correctionGradient, w, scratch, stale, oracle);
                if (c == null) {
                    return;
                }
                for (int i = 0; i < w.length; i++) {
                    w[i] = w[i] - gamma * c[i];
                }
            }
        }
    }

    /** The gradient to use, or null when a fresh one is due but the budget is spent. */
    private static double[] gradient(GradientSource source, double[] w, double[] scratch, double[] stale,
                                     Oracle oracle) {
        if (source == GradientSource.STALE) {
            return stale;
        }
        if (oracle.budgetSpent()) {
            return null;
        }
        oracle.gradientOnly(w, scratch);
        return scratch;
    }
}
