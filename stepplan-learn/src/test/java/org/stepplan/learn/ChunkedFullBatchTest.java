package org.stepplan.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepplan.learn.data.Dataset;

/**
 * A full-batch evaluation over many examples is chunked: bit-identical whatever the thread count, and equal (to
 * rounding) to the plain sum in example order.
 */
class ChunkedFullBatchTest {

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {2, 3, 8})
    void resultDoesNotDependOnTheThreadCount(int threads) {
        Dataset data = TinyData.gaussian(FullBatchLoss.CHUNKED_FROM + 1234, 6, 3, 7);
        Model mlp = new Mlp(new int[] {6, 5, 3}, Mlp.Activation.TANH, 2);
        FullBatchLoss one = new FullBatchLoss(mlp, data, 1e-3, 1);
        FullBatchLoss many = new FullBatchLoss(mlp.copy(), data, 1e-3, threads);
        double[] w = TinyData.point(one.dimension(), 0.5, 1);
        double[] g1 = new double[w.length];
        double[] g2 = new double[w.length];
        double f1 = one.valueAndGradient(w, g1);
        double f2 = many.valueAndGradient(w, g2);
        assertThat(f2).isEqualTo(f1);
        assertThat(g2).containsExactly(g1);
        assertThat(many.value(w)).isEqualTo(f1);

        DataLoss plain = new DataLoss(mlp.copy(), data, 1e-3);
        int[] all = java.util.stream.IntStream.range(0, data.examples()).toArray();
        double[] g3 = new double[w.length];
        assertThat(plain.evaluate(w, all, 0, all.length, g3)).isCloseTo(f1, within(1e-13));
        for (int k = 0; k < w.length; k++) {
            assertThat(g3[k]).isCloseTo(g1[k], within(1e-13));
        }
    }
}
