package org.stepplan.learn;

import java.util.Arrays;
import org.stepplan.learn.data.Dataset;

/**
 * The training objective on a set of examples B of a data set:
 *
 * <pre>
 *     f(w; B) = (1/|B|) sum_(i in B) CE(w; x_i, y_i)  +  (l2 / 2) sum_(k weight) w_k^2       (biases not penalized)
 *     grad    = (1/|B|) sum_(i in B) grad CE(w; x_i, y_i)  +  l2 w_k on the weights
 * </pre>
 * The cross-entropies are summed over B in order with Neumaier's compensated summation (so the mean of |B| equal
 * terms is that term, e.g. exactly ln C for softmax at w = 0); the gradient is accumulated in order, then divided by
 * |B|. Nothing is allocated per call.
 */
final class DataLoss {

    private final Model model;
    private final Dataset data;
    private final double l2;
    private final int[] weightRanges;

    DataLoss(Model model, Dataset data, double l2) {
        this.model = model;
        this.data = data;
        this.l2 = l2;
        this.weightRanges = model.weightRanges();
    }

    int dimension() {
        return model.dimension();
    }

    Dataset data() {
        return data;
    }

    /**
     * {@code f(w; B)} for {@code B = order[from .. from+count)}, with the gradient written into {@code gradient} when
     * it is not null.
     */
    double evaluate(double[] w, int[] order, int from, int count, double[] gradient) {
        return finish(w, crossEntropySum(w, order, from, count, gradient), count, gradient);
    }

    /**
     * The compensated sum of the cross-entropies of {@code order[from .. from+count)}; when {@code gradient} is not
     * null, the sum of their gradients is written into it (the model's order, example by example).
     */
    double crossEntropySum(double[] w, int[] order, int from, int count, double[] gradient) {
        if (gradient != null) {
            Arrays.fill(gradient, 0.0);
        }
        double[] x = data.rowMajorFeatures();
        int d = data.features();
        double sum = 0.0;
        double compensation = 0.0;
        for (int k = from; k < from + count; k++) {
            int i = order[k];
            double v = model.crossEntropy(w, x, i * d, data.label(i), gradient);
            double t = sum + v;
            compensation += roundingError(sum, v, t);
            sum = t;
        }
        return sum + compensation;
    }

    /** Neumaier's correction of the sum {@code t = sum + v}: the rounding error that {@code t} lost. */
    static double roundingError(double sum, double v, double t) {
        return Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
    }

    /**
     * The objective from the sum of {@code count} cross-entropies and, when {@code gradient} is not null, the sum of
     * their gradients in it: the means, plus the l2 term and its gradient.
     */
    double finish(double[] w, double crossEntropySum, int count, double[] gradient) {
        return finish(w, crossEntropySum, count, weightRanges, l2, gradient);
    }

    /** {@link #finish(double[], double, int, double[])} for a model with these weight ranges and l2. */
    static double finish(double[] w, double crossEntropySum, long count, int[] weightRanges, double l2,
                         double[] gradient) {
        double loss = crossEntropySum / count;
        if (gradient != null) {
            for (int k = 0; k < gradient.length; k++) {
                gradient[k] /= count;
            }
        }
        double squares = 0.0;
        for (int r = 0; r < weightRanges.length; r += 2) {
            for (int k = weightRanges[r]; k < weightRanges[r + 1]; k++) {
                squares += w[k] * w[k];
                if (gradient != null) {
                    gradient[k] += l2 * w[k];
                }
            }
        }
        return loss + 0.5 * l2 * squares;
    }

    /** The fraction of the examples {@code order[0 .. n)} the model classifies correctly. */
    double accuracy(double[] w, int[] order) {
        double[] x = data.rowMajorFeatures();
        int d = data.features();
        int correct = 0;
        for (int i : order) {
            if (model.predict(w, x, i * d) == data.label(i)) {
                correct++;
            }
        }
        return (double) correct / order.length;
    }
}
