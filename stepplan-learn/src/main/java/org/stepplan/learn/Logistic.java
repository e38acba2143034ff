package org.stepplan.learn;

/**
 * Binary logistic regression. Parameter layout: {@code w[0..d-1]} the feature weights, {@code w[d]} the bias; the
 * start is 0. With {@code z = w·x + b} and the label y in {0, 1}:
 *
 * <pre>
 *     loss = softplus(z) - y z = ln(1 + e^z) - y z     (softplus(z) = max(z, 0) + ln(1 + e^-|z|), stable)
 *     grad_w = (sigma(z) - y) x,   grad_b = sigma(z) - y
 * </pre>
 * At w = 0 the loss is {@code ln 2} for every example.
 */
final class Logistic implements Model {

    private final int features;

    Logistic(int features) {
        this.features = features;
    }

    @Override
    public int dimension() {
        return features + 1;
    }

    private double logit(double[] w, double[] x, int offset) {
        double z = w[features];
        for (int j = 0; j < features; j++) {
            z += w[j] * x[offset + j];
        }
        return z;
    }

    @Override
    public double crossEntropy(double[] w, double[] x, int offset, int label, double[] gradient) {
        double z = logit(w, x, offset);
        double loss = Math.max(z, 0.0) + Math.log1p(Math.exp(-Math.abs(z))) - label * z;
        if (gradient != null) {
            double e = Math.exp(-Math.abs(z));
            double sigma = z >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
            double r = sigma - label;
            for (int j = 0; j < features; j++) {
                gradient[j] += r * x[offset + j];
            }
            gradient[features] += r;
        }
        return loss;
    }

    @Override
    public int predict(double[] w, double[] x, int offset) {
        return logit(w, x, offset) > 0 ? 1 : 0;
    }

    @Override
    public int[] weightRanges() {
        return new int[] {0, features};
    }

    @Override
    public double[] start() {
        return new double[dimension()];
    }

    @Override
    public Model copy() {
        return new Logistic(features);
    }
}
