package org.stepplan.bench;

/**
 * The reference loops: what a programmer would write by hand for gd, Adam and Csawg (K = 10) on the separable
 * quadratic {@code 0.5 sum_i q_i (w_i - c_i)^2}, each step one loop over memory with the gradient inlined, no
 * counting, no abstraction. The library is measured against these in the same JMH run ({@link ReferenceBenchmark}).
 * Each has the library's arithmetic per component; only the passes are fused.
 */
final class HandFused {

    private final double[] q;
    private final double[] c;

    HandFused(double[] q, double[] c) {
        this.q = q;
        this.c = c;
    }

    /** gd: {@code w_i -= gamma q_i (w_i - c_i)}. Moves 4 streams of 8d bytes (w read and written, q, c). */
    void gd(double[] w, double gamma) {
        for (int i = 0; i < w.length; i++) {
            double g = q[i] * (w[i] - c[i]);
            w[i] = w[i] - gamma * g;
        }
    }

    /** Adam (PyTorch form) with its moments; 8 streams (w, m, v read and written, q, c). */
    static final class Adam {
        private final HandFused f;
        private final double[] m;
        private final double[] v;
        private final double lr;
        private final double beta1;
        private final double beta2;
        private final double eps;
        private long t;

        Adam(HandFused f, int d, double lr, double beta1, double beta2, double eps) {
            this.f = f;
            this.m = new double[d];
            this.v = new double[d];
            this.lr = lr;
            this.beta1 = beta1;
            this.beta2 = beta2;
            this.eps = eps;
        }

        void step(double[] w) {
            t++;
            double bc1 = 1.0 - Math.pow(beta1, t);
            double bc2Sqrt = Math.sqrt(1.0 - Math.pow(beta2, t));
            double stepSize = lr / bc1;
            double[] q = f.q;
            double[] c = f.c;
            for (int i = 0; i < w.length; i++) {
                double g = q[i] * (w[i] - c[i]);
                double mi = beta1 * m[i] + (1.0 - beta1) * g;
                double vi = beta2 * v[i] + (1.0 - beta2) * g * g;
                m[i] = mi;
                v[i] = vi;
                w[i] = w[i] - stepSize * (mi / (Math.sqrt(vi) / bc2Sqrt + eps));
            }
        }
    }

    /**
     * Csawg (paper semantics, pairing A) with a ring of K (w, g) slots: an ordinary step is one loop (gradient,
     * update, fit sums, ring) over 12 streams (w, the slot's w and g, sum1, sum2 read and written; q, c); a plan
     * (every K steps from 2K) is one more loop that takes the fresh gradient, fits alpha, empties the sums and projects.
     */
    static final class Csawg {
        private final HandFused f;
        private final int k;
        private final double gamma;
        private final double[][] ringW;
        private final double[][] ringG;
        private final double[] sum1;
        private final double[] sum2;
        private final double[] alpha;
        private long added;

        Csawg(HandFused f, int d, double gamma, int k) {
            this.f = f;
            this.k = k;
            this.gamma = gamma;
            this.ringW = new double[k][d];
            this.ringG = new double[k][d];
            this.sum1 = new double[d];
            this.sum2 = new double[d];
            this.alpha = new double[d];
        }

        void step(double[] w) {
            double[] q = f.q;
            double[] c = f.c;
            int slot = (int) (added % k);
            double[] oldW = ringW[slot];
            double[] oldG = ringG[slot];
            if (added >= k) {
                for (int i = 0; i < w.length; i++) {
                    double g = q[i] * (w[i] - c[i]);
                    double wi = w[i] - gamma * g;
                    double gOld = oldG[i];
                    sum1[i] += gOld * (oldW[i] - wi);
                    sum2[i] += gOld * gOld;
                    w[i] = wi;
                    oldW[i] = wi;
                    oldG[i] = g;
                }
            } else {
                for (int i = 0; i < w.length; i++) {
                    double g = q[i] * (w[i] - c[i]);
                    double wi = w[i] - gamma * g;
                    w[i] = wi;
                    oldW[i] = wi;
                    oldG[i] = g;
                }
            }
            added++;
            if (added >= 2L * k && added % k == 0) {
                for (int i = 0; i < w.length; i++) {
                    double g = q[i] * (w[i] - c[i]);
                    double a = sum2[i] == 0.0 ? 0.0 : sum1[i] / sum2[i];
                    alpha[i] = a;
                    sum1[i] = 0.0;
                    sum2[i] = 0.0;
                    w[i] = w[i] - a * g;
                }
            }
        }
    }
}
