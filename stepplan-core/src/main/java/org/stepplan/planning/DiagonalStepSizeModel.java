package org.stepplan.planning;

/**
 * The model of step-size planning: a diagonal step size alpha fitted to the experience so that
 * {@code w_{s+K} ≈ w_s - alpha ⊙ g_s} in least squares (seed Sec. 3):
 *
 * <pre>
 *     alpha(i) = 0                      if sum2(i) &lt;= tolerance   (Algorithm 1's guard; "no projection now")
 *     alpha(i) = sum1(i) / sum2(i)      otherwise
 * </pre>
 * Negative alpha is allowed on purpose (seed Sec. 3, "Negative Step-size"); there is no clipping. The guard is
 * applied in repeated planning too, though Algorithm 2 omits it (docs/methods.md §10c.5). The default tolerance 0 is the
 * paper's exact-zero test.
 */
public final class DiagonalStepSizeModel {

    private final double tolerance;
    private final double[] alpha;

    /**
     * @param dimension d
     * @param tolerance sum2(i) at or below it counts as zero (finite, &gt;= 0)
     * @throws IllegalArgumentException for a dimension below 1 or a negative or non-finite tolerance
     */
    public DiagonalStepSizeModel(int dimension, double tolerance) {
        org.stepplan.core.Vectors.requireAtLeast("dimension", dimension, 1);
        this.tolerance = org.stepplan.core.Vectors.requireNonNegative("tolerance", tolerance);
        this.alpha = new double[dimension];
    }

    /**
     * Fits alpha to the sums the buffer accumulated and, in the same pass, empties them for the next block
     * (B1 &lt;- B2 is already in place in the ring; B2 starts empty).
     */
    public void fit(ExperienceBuffer experience) {
        double[] sum1 = experience.sumWeightTimesGradient();
        double[] sum2 = experience.sumSquaredGradient();
        for (int i = 0; i < alpha.length; i++) {
            alpha[i] = sum2[i] <= tolerance ? 0.0 : sum1[i] / sum2[i];
            sum1[i] = 0.0;
            sum2[i] = 0.0;
        }
    }

    /** alpha(i), as of the last fit (0 before the first). */
    public double alpha(int i) {
        return alpha[i];
    }

    /** The backing array, for the planner and snapshots. */
    double[] alphaArray() {
        return alpha;
    }
}
