package org.stepplan.learn;

/**
 * Multinomial logistic (softmax) regression over C classes. Parameter layout: the weight matrix W (C x d) row-major,
 * {@code W[c][j] = w[c * d + j]}, then the biases {@code b[c] = w[C * d + c]}; the start is 0. With logits
 * {@code z_c = W[c]·x + b_c} and {@code m = max_c z_c}:
 *
 * <pre>
 *     loss = m + ln(sum_c e^(z_c - m)) - z_y
 *     grad W[c] = (p_c - [c = y]) x,   grad b_c = p_c - [c = y],   p_c = e^(z_c - m) / sum_k e^(z_k - m)
 * </pre>
 * At w = 0 the loss is exactly {@code ln C} for every example.
 */
final class Softmax implements Model {

    private final int features;
    private final int classes;
    private final double[] logits;

    Softmax(int features, int classes) {
        this.features = features;
        this.classes = classes;
        this.logits = new double[classes];
    }

    @Override
    public int dimension() {
        return classes * (features + 1);
    }

    @Override
    public double crossEntropy(double[] w, double[] x, int offset, int label, double[] gradient) {
        Layers.affine(w, 0, classes * features, features, classes, x, offset, logits);
        double loss = Layers.softmaxCrossEntropy(logits, label);
        if (gradient != null) {
            Layers.addOuter(gradient, 0, classes * features, features, classes, logits, x, offset);
        }
        return loss;
    }

    @Override
    public int predict(double[] w, double[] x, int offset) {
        Layers.affine(w, 0, classes * features, features, classes, x, offset, logits);
        return Layers.argmax(logits);
    }

    @Override
    public int[] weightRanges() {
        return new int[] {0, classes * features};
    }

    @Override
    public double[] start() {
        return new double[dimension()];
    }

    @Override
    public Model copy() {
        return new Softmax(features, classes);
    }
}
