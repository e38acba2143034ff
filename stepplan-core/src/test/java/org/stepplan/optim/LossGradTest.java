package org.stepplan.optim;

import org.stepplan.methods.Methods;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepplan.core.Objective;
import org.stepplan.core.Oracle;
import org.stepplan.core.SeparableQuadratic;

class LossGradTest {

    /*
     * f(w) = 5 w^2 (q = 10), lr = 0.099, c = 1.05, w0 = 1. On f = 0.5 q w^2 a step gives
     * actual - approx = 0.5 h^2 q^3 w^2 and lred = h q^2 w^2, so r = 0.5 h q (up to 1e-25):
     *   k=1: L = 5, G = 100, lred = 9.9, approx = -4.9; w1 = 1 - 0.99 = 0.01; actual = 0.0005;
     *        r = 4.9005/9.9 = 0.495 <= 0.5 -> h = 0.099 * 1.05 = 0.10395
     *   k=2: L = 0.0005, G = 0.01, lred = 0.0010395; w2 = 0.01 (1 - 1.0395) = -0.000395;
     *        r = 0.5 * 0.10395 * 10 = 0.51975 > 0.5 -> h = 0.10395 * (1/1.05) = 0.099
     *   k=3: r = 0.495 -> h = 0.10395; w3 = -0.000395 (1 - 0.99) = -0.00000395
     */
    @Test
    void firstThreeStepsGrowShrinkAndGrowTheStepSize() {
        Oracle oracle = Oracle.of(new SeparableQuadratic(new double[] {10}, new double[] {0}));
        Optimizer opt = Methods.configure("lossgrad", Map.of("lr", "0.099")).create(1);
        double[] w = {1};
        assertThat(opt.stepSize(0)).isEqualTo(0.099);

        opt.step(w, oracle);
        Close.rel(opt.stepSize(0), 0.10395);
        Close.weights(w, 0.01);
        opt.step(w, oracle);
        Close.rel(opt.stepSize(0), 0.099);
        Close.weights(w, -0.000395);
        opt.step(w, oracle);
        Close.rel(opt.stepSize(0), 0.10395);
        Close.weights(w, -0.00000395);
        assertThat(oracle.gradientEvaluations()).isEqualTo(3);
        assertThat(oracle.functionEvaluations()).isEqualTo(3);
    }

    /*
     * Edge case G = 0: lred = 0, the step changes nothing, actual = L, r = 0/(0 + 1e-25) = 0 <= 0.5, so h grows:
     * h = 0.1 * 1.05^k = 0.105, 0.11025, 0.1157625 while w stays put.
     */
    @Test
    void zeroGradientMakesTheStepSizeGrow() {
        Oracle oracle = Oracle.of(new Objective() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public double value(double[] w) {
                return 1.0;
            }

            @Override
            public double valueAndGradient(double[] w, double[] gradient) {
                gradient[0] = 0.0;
                gradient[1] = 0.0;
                return 1.0;
            }
        });
        Optimizer opt = Methods.configure("lossgrad", Map.of("lr", "0.1")).create(2);
        double[] w = {3, -4};
        double[] expected = {0.105, 0.11025, 0.1157625};
        for (int k = 0; k < 3; k++) {
            opt.step(w, oracle);
            Close.rel(opt.stepSize(0), expected[k]);
            assertThat(w).containsExactly(3.0, -4.0);
        }
        assertThat(oracle.functionEvaluations()).isEqualTo(3);
    }

    @Test
    void defaultsAreTheExamplesAndCBelowOneIsRejected() {
        assertThat(Methods.configure("lossgrad", Map.of()).params()).containsEntry("lr", 1e-4).containsEntry("c", 1.05);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Methods.configure("lossgrad", Map.of("c", "0.9")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("c").hasMessageContaining("0.9");
    }

    /**
     * The threshold is strict, as the code's {@code r > 0.5}. On f = 0.5 w^2 from w = 2 with h = 1: L = 2, g = 2,
     * G = 4, lred = 4, approx = -2, w' = 0, actual = 0, r = 2 / (4 + 1e-25) = 0.5 exactly (4 + 1e-25 rounds to 4):
     * not above 0.5, so h grows to 1.05.
     */
    @Test
    void ratioOfExactlyOneHalfIncreasesTheStepSize() {
        Oracle oracle = Oracle.of(new SeparableQuadratic(new double[] {1}, new double[] {0}));
        Optimizer opt = Methods.configure("lossgrad", Map.of("lr", "1")).create(1);
        double[] w = {2};
        opt.step(w, oracle);
        assertThat(w[0]).isEqualTo(0.0);
        assertThat(opt.stepSize(0)).isEqualTo(1.0 * 1.05);
    }
}
