package org.stepplan.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepplan.problems.Problem;
import org.stepplan.problems.Problems;

/**
 * At the zero start every example's cross-entropy is ln C, so the mean must be exactly ln C: softmax on digits ln 10,
 * logistic on breast-cancer ln 2 (reached through the problem registry, so the service hook is exercised too).
 */
class ZeroStartLossTest {

    @ParameterizedTest(name = "test_fraction {0}")
    @ValueSource(strings = {"0", "0.2", "0.35"})
    void softmaxOnDigitsStartsAtExactlyLn10(String fraction) {
        Problem p = Problems.create("softmax", Map.of("dataset", "digits", "test_fraction", fraction));
        double[] g = new double[p.dimension()];
        assertThat(p.oracle(0).gradient(p.start(), g)).isEqualTo(Math.log(10));
        assertThat(p.monitor(p.oracle(0)).loss(p.start())).isEqualTo(Math.log(10));
    }

    @ParameterizedTest(name = "test_fraction {0}")
    @ValueSource(strings = {"0", "0.2"})
    void logisticOnBreastCancerStartsAtExactlyLn2(String fraction) {
        Problem p = Problems.create("logistic", Map.of("test_fraction", fraction));
        double[] g = new double[p.dimension()];
        assertThat(p.oracle(0).gradient(p.start(), g)).isEqualTo(Math.log(2));
    }

    @ParameterizedTest(name = "batch {0}")
    @ValueSource(strings = {"1", "32", "100"})
    void everyMinibatchStartsAtExactlyLn10(String batch) {
        Problem p = Problems.create("softmax", Map.of("batch", batch));
        var oracle = p.oracle(3);
        double[] g = new double[p.dimension()];
        for (int k = 0; k < 50; k++) {
            assertThat(oracle.gradient(p.start(), g)).isEqualTo(Math.log(10));
        }
    }
}
