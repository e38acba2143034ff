package org.stepplan.learn;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.stepplan.core.Labeled;

/**
 * A multilayer perceptron with one or more hidden layers and a softmax output over C classes. With layer sizes
 * {@code n_0 = d, n_1..n_L} (hidden) and {@code n_(L+1) = C}, layer l = 1..L+1 maps {@code a_(l-1)} to
 * {@code z_l = W_l a_(l-1) + b_l}, {@code a_l = act(z_l)} for hidden layers, and the loss is the softmax
 * cross-entropy of {@code z_(L+1)}. Backpropagation:
 *
 * <pre>
 *     delta_(L+1) = p - onehot(y)
 *     grad W_l = delta_l a_(l-1)^T,   grad b_l = delta_l
 *     delta_(l-1) = (W_l^T delta_l) * act'(z_(l-1)),   act' = 1 - a^2 (tanh), [z &gt; 0] (relu)
 * </pre>
 * Parameter layout: layer by layer from the input, each layer's weight matrix {@code W_l} (n_l x n_(l-1), row-major:
 * {@code W_l[o][i]}) followed by its biases {@code b_l} (n_l). The start: Glorot-uniform weights, each drawn in
 * layout order from {@code U(-r, r)}, {@code r = sqrt(6 / (n_(l-1) + n_l))}, with {@code SplittableRandom(initSeed)};
 * biases 0.
 */
final class Mlp implements Model {

    /** The hidden layers' nonlinearity. */
    enum Activation implements Labeled {
        TANH("tanh"),
        RELU("relu");

        private final String label;

        Activation(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }

        static Activation ofLabel(String label) {
            return Labeled.of(Activation.class, "activation", label);
        }

        static List<String> labels() {
            return Labeled.labels(Activation.class);
        }
    }

    private final int[] sizes;
    private final Activation activation;
    private final long initSeed;
    private final int[] weights;
    private final int[] biases;
    private final int dimension;
    private final double[][] a;
    private final double[][] delta;

    /**
     * @param sizes the layer sizes d, hidden..., C
     * @throws IllegalArgumentException for a hidden layer of size below 1
     */
    Mlp(int[] sizes, Activation activation, long initSeed) {
        for (int l = 1; l < sizes.length - 1; l++) {
            if (sizes[l] < 1) {
                throw new IllegalArgumentException("hidden layer sizes must be >= 1, got " + sizes[l]);
            }
        }
        this.sizes = sizes.clone();
        this.activation = activation;
        this.initSeed = initSeed;
        int layers = sizes.length;
        weights = new int[layers];
        biases = new int[layers];
        a = new double[layers][];
        delta = new double[layers][];
        int next = 0;
        for (int l = 1; l < layers; l++) {
            weights[l] = next;
            next += sizes[l] * sizes[l - 1];
            biases[l] = next;
            next += sizes[l];
        }
        dimension = next;
        for (int l = 0; l < layers; l++) {
            a[l] = new double[sizes[l]];
            delta[l] = new double[sizes[l]];
        }
    }

    @Override
    public int dimension() {
        return dimension;
    }

    /** The logits of the example at {@code x[offset]}, left in {@code delta[L+1]}; hidden activations in {@code a}. */
    private double[] forward(double[] w, double[] x, int offset) {
        System.arraycopy(x, offset, a[0], 0, sizes[0]);
        int out = sizes.length - 1;
        for (int l = 1; l < out; l++) {
            Layers.affine(w, weights[l], biases[l], sizes[l - 1], sizes[l], a[l - 1], 0, a[l]);
            double[] h = a[l];
            for (int o = 0; o < h.length; o++) {
                h[o] = activation == Activation.TANH ? Math.tanh(h[o]) : Math.max(h[o], 0.0);
            }
        }
        Layers.affine(w, weights[out], biases[out], sizes[out - 1], sizes[out], a[out - 1], 0, delta[out]);
        return delta[out];
    }

    @Override
    public double crossEntropy(double[] w, double[] x, int offset, int label, double[] gradient) {
        double[] logits = forward(w, x, offset);
        double loss = Layers.softmaxCrossEntropy(logits, label);
        if (gradient == null) {
            return loss;
        }
        for (int l = sizes.length - 1; l >= 1; l--) {
            int in = sizes[l - 1];
            int out = sizes[l];
            Layers.addOuter(gradient, weights[l], biases[l], in, out, delta[l], a[l - 1], 0);
            if (l == 1) {
                break;
            }
            double[] back = delta[l - 1];
            Arrays.fill(back, 0.0);
            for (int o = 0; o < out; o++) {
                double d = delta[l][o];
                int row = weights[l] + o * in;
                for (int i = 0; i < in; i++) {
                    back[i] += w[row + i] * d;
                }
            }
            double[] h = a[l - 1];
            for (int i = 0; i < in; i++) {
                back[i] *= activation == Activation.TANH ? 1.0 - h[i] * h[i] : (h[i] > 0.0 ? 1.0 : 0.0);
            }
        }
        return loss;
    }

    @Override
    public int predict(double[] w, double[] x, int offset) {
        return Layers.argmax(forward(w, x, offset));
    }

    @Override
    public int[] weightRanges() {
        int[] ranges = new int[2 * (sizes.length - 1)];
        for (int l = 1; l < sizes.length; l++) {
            ranges[2 * (l - 1)] = weights[l];
            ranges[2 * (l - 1) + 1] = biases[l];
        }
        return ranges;
    }

    @Override
    public double[] start() {
        double[] w = new double[dimension];
        SplittableRandom rng = new SplittableRandom(initSeed);
        for (int l = 1; l < sizes.length; l++) {
            double r = Math.sqrt(6.0 / (sizes[l - 1] + sizes[l]));
            for (int k = weights[l]; k < biases[l]; k++) {
                w[k] = rng.nextDouble(-r, r);
            }
        }
        return w;
    }

    @Override
    public Model copy() {
        return new Mlp(sizes, activation, initSeed);
    }
}
