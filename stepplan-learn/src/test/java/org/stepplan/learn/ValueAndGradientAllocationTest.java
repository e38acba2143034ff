package org.stepplan.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepplan.core.Oracle;
import org.stepplan.learn.data.Dataset;

/** After warm-up, a gradient evaluation of every model, full-batch or minibatch, allocates zero bytes. */
class ValueAndGradientAllocationTest {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    static Stream<Arguments> oracles() {
        Dataset data = TinyData.gaussian(200, 8, 3, 1);
        Dataset binary = TinyData.gaussian(200, 8, 2, 1);
        Model mlp = new Mlp(new int[] {8, 16, 8, 3}, Mlp.Activation.RELU, 1);
        return Stream.of(
                Arguments.of("logistic all", Oracle.of(new FullBatchLoss(new Logistic(8), binary, 1e-3))),
                Arguments.of("softmax all", Oracle.of(new FullBatchLoss(new Softmax(8, 3), data, 1e-3))),
                Arguments.of("softmax batch 16", Oracle.of(new MinibatchLoss(new Softmax(8, 3), data, 1e-3, 16),
                        new SplittableRandom(1))),
                Arguments.of("mlp batch 16", Oracle.of(new MinibatchLoss(mlp, data, 1e-3, 16),
                        new SplittableRandom(1))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oracles")
    void gradientEvaluationAllocatesNothingAfterWarmUp(String name, Oracle oracle) {
        double[] w = TinyData.point(oracle.dimension(), 0.1, 3);
        double[] g = new double[w.length];
        Runnable evaluations = () -> {
            for (int k = 0; k < 2_000; k++) {
                oracle.gradient(w, g);
            }
        };
        for (int k = 0; k < 5; k++) {
            evaluations.run(); // warm-up: JIT compilation
        }
        long least = Long.MAX_VALUE; // the least of several rounds, as in StepAllocationTest
        for (int round = 0; round < 5; round++) {
            long before = THREADS.getCurrentThreadAllocatedBytes();
            evaluations.run();
            long after = THREADS.getCurrentThreadAllocatedBytes();
            least = Math.min(least, after - before - (THREADS.getCurrentThreadAllocatedBytes() - after));
        }
        assertThat(least).isZero();
    }
}
