package org.stepplan.learn;

/**
 * The kernels the models share: an affine layer, its gradient, the softmax cross-entropy. A layer with {@code in}
 * inputs and {@code out} outputs keeps its weights row-major at {@code w[weights + o * in + i]} and its biases at
 * {@code w[biases + o]}.
 */
final class Layers {

    private Layers() {
    }

    /** {@code z[o] = b[o] + sum_i W[o][i] a[offset + i]}, the sum accumulated in index order after the bias. */
    static void affine(double[] w, int weights, int biases, int in, int out, double[] a, int offset, double[] z) {
        for (int o = 0; o < out; o++) {
            double s = w[biases + o];
            int row = weights + o * in;
            for (int i = 0; i < in; i++) {
                s += w[row + i] * a[offset + i];
            }
            z[o] = s;
        }
    }

    /** Adds {@code delta[o] a[offset + i]} to the weight gradient and {@code delta[o]} to the bias gradient. */
    static void addOuter(double[] g, int weights, int biases, int in, int out, double[] delta, double[] a,
                         int offset) {
        for (int o = 0; o < out; o++) {
            double d = delta[o];
            int row = weights + o * in;
            for (int i = 0; i < in; i++) {
                g[row + i] += d * a[offset + i];
            }
            g[biases + o] += d;
        }
    }

    /**
     * The cross-entropy {@code m + ln(sum_c e^(z_c - m)) - z_label} of the logits {@code z}, which are replaced by
     * {@code p - onehot(label)} (the gradient of the cross-entropy with respect to the logits).
     */
    static double softmaxCrossEntropy(double[] z, int label) {
        double m = z[0];
        for (int c = 1; c < z.length; c++) {
            m = Math.max(m, z[c]);
        }
        double sum = 0.0;
        for (int c = 0; c < z.length; c++) {
            sum += Math.exp(z[c] - m);
        }
        double loss = m + Math.log(sum) - z[label];
        for (int c = 0; c < z.length; c++) {
            z[c] = Math.exp(z[c] - m) / sum;
        }
        z[label] -= 1.0;
        return loss;
    }

    /** The index of the largest value (the first on a tie). */
    static int argmax(double[] z) {
        int best = 0;
        for (int c = 1; c < z.length; c++) {
            if (z[c] > z[best]) {
                best = c;
            }
        }
        return best;
    }
}
