package org.stepplan.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepplan.learn.data.Dataset;

/** Every model's analytic gradient (l2 term included) against central differences on small seeded data. */
class ModelGradientTest {

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of("logistic", new Logistic(5), 2),
                Arguments.of("softmax", new Softmax(5, 4), 4),
                Arguments.of("mlp tanh 7", new Mlp(new int[] {5, 7, 3}, Mlp.Activation.TANH, 3), 3),
                Arguments.of("mlp relu 6,4", new Mlp(new int[] {5, 6, 4, 3}, Mlp.Activation.RELU, 4), 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void analyticGradientMatchesCentralDifferences(String name, Model model, int classes) {
        Dataset data = TinyData.gaussian(23, 5, classes, 11);
        FullBatchLoss f = new FullBatchLoss(model, data, 0.03);
        for (long seed = 1; seed <= 3; seed++) {
            double[] w = TinyData.point(f.dimension(), 0.7, seed);
            double[] g = new double[w.length];
            double value = f.valueAndGradient(w, g);
            assertThat(value).isEqualTo(f.value(w));
            double h = 1e-6;
            for (int k = 0; k < w.length; k++) {
                double[] up = w.clone();
                double[] down = w.clone();
                up[k] += h;
                down[k] -= h;
                double numeric = (f.value(up) - f.value(down)) / (2 * h);
                assertThat(g[k]).as("%s component %d at seed %d", name, k, seed)
                        .isCloseTo(numeric, org.assertj.core.data.Offset.offset(1e-7 * (1 + Math.abs(numeric))));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void minibatchOfEveryExampleIsTheFullBatchObjective(String name, Model model, int classes) {
        Dataset data = TinyData.gaussian(17, 5, classes, 5);
        FullBatchLoss full = new FullBatchLoss(model, data, 0.01);
        MinibatchLoss batch = new MinibatchLoss(model.copy(), data, 0.01, 17);
        batch.nextSample(new java.util.SplittableRandom(9));
        double[] w = TinyData.point(full.dimension(), 0.5, 2);
        double[] g1 = new double[w.length];
        double[] g2 = new double[w.length];
        double f1 = full.valueAndGradient(w, g1);
        double f2 = batch.valueAndGradient(w, g2);
        assertThat(f2).isCloseTo(f1, org.assertj.core.data.Offset.offset(1e-14));
        for (int k = 0; k < w.length; k++) {
            assertThat(g2[k]).isCloseTo(g1[k], org.assertj.core.data.Offset.offset(1e-14));
        }
    }
}
