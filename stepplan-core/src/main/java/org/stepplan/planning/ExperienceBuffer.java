package org.stepplan.planning;

import org.stepplan.optim.OptimizerState;

/**
 * The update experience of Algorithm 1: the buffers B1 and B2 of (w, g) pairs, K steps apart, with the sums of the
 * step-size fit accumulated as B2 fills.
 *
 * <p>The paper keeps both buffers (4K vectors). Here B2's entry s arrives exactly when B1's entry s is last needed,
 * so one ring of K (w, g) slots suffices: when the s-th entry of B2 arrives, the fit terms
 * <pre>
 *     sum1 += g_s ⊙ (w_s - w_{s+K}),     sum2 += g_s ⊙ g_s        (s ascending, as in Algorithm 1)
 * </pre>
 * are added from B1's slot s, which then takes the new entry. The additions happen in the paper's order, so the sums
 * are bit-identical to the two-buffer computation, and the state is 2K + 2 vectors instead of 4K.
 *
 * <p>Every added vector is copied: nothing a caller changes afterwards can alter the experience.
 */
public final class ExperienceBuffer {

    private final int horizon;
    private final int dimension;
    private final double[][] weights;
    private final double[][] gradients;
    private final double[] sumWeightTimesGradient;
    private final double[] sumSquaredGradient;
    /** Entries added in total; the first K fill B1, each later block of K is a B2. */
    private long added;

    /**
     * @param horizon   K, the number of steps between paired weights
     * @param dimension d
     * @throws IllegalArgumentException when {@code horizon} or {@code dimension} is below 1
     */
    public ExperienceBuffer(int horizon, int dimension) {
        org.stepplan.core.Vectors.requireAtLeast("horizon", horizon, 1);
        org.stepplan.core.Vectors.requireAtLeast("dimension", dimension, 1);
        this.horizon = horizon;
        this.dimension = dimension;
        this.weights = new double[horizon][dimension];
        this.gradients = new double[horizon][dimension];
        this.sumWeightTimesGradient = new double[dimension];
        this.sumSquaredGradient = new double[dimension];
    }

    /** K. */
    public int horizon() {
        return horizon;
    }

    /**
     * Adds the pair (w, g), copying both.
     *
     * @return true when this entry completes B2, so that the sums are ready for a fit
     */
    public boolean add(double[] w, double[] g) {
        int slot = (int) (added % horizon);
        double[] oldW = weights[slot];
        double[] oldG = gradients[slot];
        if (added >= horizon) {
            for (int i = 0; i < dimension; i++) {
                sumWeightTimesGradient[i] += oldG[i] * (oldW[i] - w[i]);
                sumSquaredGradient[i] += oldG[i] * oldG[i];
            }
        }
        System.arraycopy(w, 0, oldW, 0, dimension);
        System.arraycopy(g, 0, oldG, 0, dimension);
        added++;
        return added >= 2L * horizon && added % horizon == 0;
    }

    /**
     * The online step and its experience in one pass: {@code w <- w - gamma g}, then {@link #add} of the new (w, g)
     * (pairing A), with the same operations in the same order as the two done apart.
     *
     * @return true when this entry completes B2, so that the sums are ready for a fit
     */
    public boolean descendAndAdd(double[] w, double[] g, double gamma) {
        int slot = (int) (added % horizon);
        double[] oldW = weights[slot];
        double[] oldG = gradients[slot];
        if (added >= horizon) {
            double[] sum1 = sumWeightTimesGradient;
            double[] sum2 = sumSquaredGradient;
            for (int i = 0; i < dimension; i++) {
                double wi = w[i] - gamma * g[i];
                double gOld = oldG[i];
                sum1[i] += gOld * (oldW[i] - wi);
                sum2[i] += gOld * gOld;
                w[i] = wi;
                oldW[i] = wi;
                oldG[i] = g[i];
            }
        } else {
            for (int i = 0; i < dimension; i++) {
                double wi = w[i] - gamma * g[i];
                w[i] = wi;
                oldW[i] = wi;
                oldG[i] = g[i];
            }
        }
        added++;
        return added >= 2L * horizon && added % horizon == 0;
    }

    /** {@code sum1 = sum_s g_s ⊙ (w_s - w_{s+K})} over the B2 entries added so far; the model empties it. */
    double[] sumWeightTimesGradient() {
        return sumWeightTimesGradient;
    }

    /** {@code sum2 = sum_s g_s ⊙ g_s} over the B1 entries consumed so far; the model empties it. */
    double[] sumSquaredGradient() {
        return sumSquaredGradient;
    }

    /** The gradient of the most recent entry (g_k), for the stale-gradient readings. Read-only view. */
    double[] lastGradient() {
        return gradients[(int) ((added - 1) % horizon)];
    }

    /** Overwrites the weight of the most recent entry (the "store projected weight" reading, §10c.6). */
    void overwriteLastWeight(double[] w) {
        System.arraycopy(w, 0, weights[(int) ((added - 1) % horizon)], 0, dimension);
    }

    void saveTo(OptimizerState.Builder b) {
        for (int s = 0; s < horizon; s++) {
            b.array("w" + s, weights[s]).array("g" + s, gradients[s]);
        }
        b.array("sum1", sumWeightTimesGradient).array("sum2", sumSquaredGradient).scalar("added", added);
    }

    void restoreFrom(OptimizerState state) {
        for (int s = 0; s < horizon; s++) {
            state.copyArray("w" + s, weights[s]);
            state.copyArray("g" + s, gradients[s]);
        }
        state.copyArray("sum1", sumWeightTimesGradient);
        state.copyArray("sum2", sumSquaredGradient);
        added = (long) state.scalar("added");
    }
}
