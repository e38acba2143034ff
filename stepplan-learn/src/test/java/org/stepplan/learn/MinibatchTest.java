package org.stepplan.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.stepplan.core.Oracle;
import org.stepplan.learn.data.Dataset;
import org.stepplan.methods.Methods;
import org.stepplan.problems.Problem;
import org.stepplan.problems.Problems;
import org.stepplan.run.Minimizer;
import org.stepplan.run.Result;
import org.stepplan.run.StoppingRules;
import org.stepplan.run.TraceMemory;

/** Minibatches: epochs without replacement, the examples count, and runs that depend on the seed and nothing else. */
class MinibatchTest {

    @Test
    void theLastBatchOfAnEpochHoldsTheRemainingExamples() {
        MinibatchLoss loss = new MinibatchLoss(new Logistic(2), TinyData.gaussian(23, 2, 2, 1), 0.0, 5);
        SplittableRandom rng = new SplittableRandom(4);
        for (int epoch = 0; epoch < 3; epoch++) {
            int[] sizes = new int[5];
            for (int b = 0; b < 5; b++) {
                loss.nextSample(rng);
                sizes[b] = loss.batchSize();
            }
            assertThat(sizes).containsExactly(5, 5, 5, 5, 3);
        }
    }

    @Test
    void examplesCountTheBatchOfEveryGradientEvaluation() {
        Problem p = Problems.create("softmax", Map.of("batch", "100", "test_fraction", "0"));
        Oracle oracle = p.oracle(1);
        double[] w = p.start();
        double[] g = new double[w.length];
        for (int k = 0; k < 18; k++) { // 1797 = 17 x 100 + 97
            oracle.gradient(w, g);
        }
        assertThat(oracle.examples()).isEqualTo(1797);
        oracle.gradient(w, g);
        assertThat(oracle.examples()).isEqualTo(1897);
        Problem full = Problems.create("softmax", Map.of("test_fraction", "0"));
        Oracle fullOracle = full.oracle(1);
        fullOracle.gradient(w, g);
        fullOracle.gradient(w, g);
        assertThat(fullOracle.examples()).isEqualTo(2 * 1797);
    }

    @Test
    void sameSeedGivesBitIdenticalRunsAndAnotherSeedDiffers() {
        Result a = run(7);
        Result b = run(7);
        Result c = run(8);
        assertThat(Arrays.equals(a.w(), b.w())).isTrue();
        assertThat(a.trace().stream().map(r -> r.loss()).toList())
                .isEqualTo(b.trace().stream().map(r -> r.loss()).toList());
        assertThat(Arrays.equals(a.w(), c.w())).isFalse();
    }

    @Test
    void batchesCoverEveryExampleOncePerEpoch() {
        int n = 23;
        Dataset data = TinyData.gaussian(n, 1, 2, 1);
        MinibatchLoss loss = new MinibatchLoss(new Logistic(1), data, 0.0, 4);
        SplittableRandom rng = new SplittableRandom(2);
        for (int epoch = 0; epoch < 3; epoch++) {
            int examples = 0;
            double total = 0.0;
            for (int b = 0; b < 6; b++) {
                loss.nextSample(rng);
                double[] g = new double[2];
                loss.valueAndGradient(new double[] {0.0, 0.0}, g);
                total += g[1] * loss.batchSize(); // bias gradient at 0: sum over the batch of (1/2 - y_i)
                examples += loss.batchSize();
            }
            double expected = 0.0;
            for (int i = 0; i < n; i++) {
                expected += 0.5 - data.label(i);
            }
            assertThat(total).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(examples).isEqualTo(n);
        }
    }

    private static Result run(long seed) {
        Problem p = Problems.create("softmax", Map.of("batch", "32"));
        Oracle oracle = p.oracle(seed);
        return Minimizer.minimize(oracle, Methods.configure("sgd", Map.of("lr", "0.1", "momentum", "0.9")), p.start(),
                p.monitor(oracle), new StoppingRules(120, Long.MAX_VALUE, Double.NaN, Double.NaN, true), TraceMemory.ALL);
    }
}
