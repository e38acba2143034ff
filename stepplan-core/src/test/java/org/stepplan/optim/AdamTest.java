package org.stepplan.optim;

import org.stepplan.methods.Methods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepplan.core.Oracle;

/**
 * Adam, AdamW and AMSGrad against the first three steps derived by hand from docs/methods.md §4, on f(w) = 0.5 w^2
 * (g = w) from w0 = 1 unless stated. The expected decimals were evaluated from the derivations in IEEE double.
 */
class AdamTest {

    private static final double TOL = 1e-13;

    private static Adam.Config adam(double lr, double beta1, double beta2, double eps, double weightDecay,
                                    boolean amsgrad) {
        return new Adam.Config(Adam.Variant.ADAM, lr, beta1, beta2, eps, weightDecay, amsgrad);
    }

    /*
     * lr = 0.5, beta1 = beta2 = 0.5, eps = 0.1 (large, so that its placement shows).
     * step 1: g = 1; m = 0.5; v = 0.5; bc1 = bc2 = 0.5; denom = sqrt(0.5)/sqrt(0.5) + 0.1 = 1.1;
     *         w1 = 1 - (0.5/0.5) * 0.5/1.1 = 6/11 = 0.5454...; step size (lr/bc1)/denom = 1/1.1 = 0.9090...
     *         (the old placement m̂/(sqrt(v̂) + eps/sqrt(bc2)) would give 1 - 0.5/(1 + 0.1414) = 0.5619...)
     * step 2: g = 6/11; m = 0.25 + 3/11 = 23/44; v = 0.25 + 18/121 = 193/484; bc1 = bc2 = 0.75;
     *         denom = sqrt(193/484)/sqrt(0.75) + 0.1 = 0.72916 + 0.1; w2 = 6/11 - (2/3)(23/44)/0.82916 = 0.12517
     * step 3: g = w2; m = 0.5 m + 0.5 g; v = 0.5 v + 0.5 g^2; bc1 = bc2 = 0.875; w3 = -0.19038
     */
    @Test
    void firstThreeStepsFollowPyTorchWithEpsAfterTheBiasCorrectedRoot() {
        Steps s = Steps.run(adam(0.5, 0.5, 0.5, 0.1, 0, false), Steps.halfSquare(), new double[] {1}, 3);
        assertThat(s.w(1)).isCloseTo(6.0 / 11.0, within(TOL));
        assertThat(s.stepSize(1)).isCloseTo(1.0 / 1.1, within(TOL));
        assertThat(s.w(2)).isCloseTo(0.12517006435604827, within(TOL));
        assertThat(s.stepSize(2)).isCloseTo(0.8040224855797335, within(TOL));
        assertThat(s.w(3)).isCloseTo(-0.19038011137888217, within(TOL));
        assertThat(s.stepSize(3)).isCloseTo(0.9740746185358994, within(TOL));
    }

    /*
     * Edge case: a zero gradient (start at the minimizer). m = v = 0, denom = 0/sqrt(bc2) + eps = eps, so the update
     * is 0 * (lr/bc1)/eps = 0: w stays exactly 0, nothing is NaN, and the step size (lr/bc1)/eps is finite:
     * t = 1: 0.5/0.5/1e-8 = 1e8;  t = 2: 0.5/0.75/1e-8 = 6.667e7;  t = 3: 0.5/0.875/1e-8 = 5.714e7.
     */
    @Test
    void zeroGradientLeavesWExactlyInPlaceWithoutNaN() {
        Steps s = Steps.run(adam(0.5, 0.5, 0.5, 1e-8, 0, false), Steps.halfSquare(), new double[] {0}, 3);
        for (int k = 1; k <= 3; k++) {
            assertThat(s.w(k)).isEqualTo(0.0);
        }
        assertThat(s.stepSize(1)).isCloseTo(1e8, within(1e-5));
        assertThat(s.stepSize(2)).isCloseTo(0.5 / 0.75 / 1e-8, within(1e-5));
        assertThat(s.stepSize(3)).isCloseTo(0.5 / 0.875 / 1e-8, within(1e-5));
    }

    /*
     * lr = 0.5, beta1 = beta2 = 0.5, eps = 1e-8.
     * step 1: g = 1; m = 0.5; v = 0.5; vmax = 0.5; denom = 1 + 1e-8; w1 = 1 - 1 * 0.5/(1 + 1e-8) = 0.500000005
     * step 2: g = w1 ~ 0.5; m = 0.25 + 0.25 = 0.5; v = 0.25 + 0.125 = 0.375 < vmax, so vmax stays 0.5 (RAW max);
     *         bc1 = bc2 = 0.75; denom = sqrt(0.5)/sqrt(0.75) + eps = 0.8165; w2 = 0.5 - (2/3) 0.5/0.8165 = 0.091752
     *   the docstring's max of the bias-corrected v̂ would keep v̂max = max(1, 0.5) = 1: w2 = 0.5 - 1/3 = 0.16667;
     *   plain Adam (no max): denom = sqrt(0.375/0.75) = 0.7071, w2 = 0.5 - 0.4714 = 0.028595.
     * step 3: g = w2; m = 0.5 m + 0.5 g; v = 0.5 v + 0.5 g^2 = 0.19163 < vmax = 0.5; bc1 = bc2 = 0.875;
     *         w3 = w2 - (0.5/0.875) m/(sqrt(0.5)/sqrt(0.875) + eps) = -0.13191
     */
    @Test
    void amsgradTakesTheMaximumOfTheRawSecondMomentNotOfTheBiasCorrectedOne() {
        Steps s = Steps.run(Methods.configure("amsgrad", Map.of("lr", "0.5", "beta1", "0.5", "beta2", "0.5")),
                Steps.halfSquare(), new double[] {1}, 3);
        assertThat(s.w(1)).isCloseTo(0.500000005, within(TOL));
        assertThat(s.w(2)).isCloseTo(0.09175171749489558, within(TOL));
        assertThat(s.stepSize(2)).isCloseTo(0.816496570927726, within(TOL));
        assertThat(s.w(3)).isCloseTo(-0.13190940654652034, within(TOL));
        assertThat(s.stepSize(3)).isCloseTo(0.7559289360184545, within(TOL));
        // not the docstring's reading (max of bias-corrected v̂), and not plain Adam
        assertThat(s.w(2)).isNotCloseTo(0.1666666733333333, within(1e-3));
        assertThat(s.w(2)).isNotCloseTo(0.028595490089960707, within(1e-3));

        Steps plain = Steps.run(adam(0.5, 0.5, 0.5, 1e-8, 0, false), Steps.halfSquare(), new double[] {1}, 3);
        assertThat(plain.w(2)).isCloseTo(0.028595490089960707, within(TOL));
        assertThat(plain.w(3)).isCloseTo(-0.2973055964133919, within(TOL));
    }

    @Test
    void amsgradIsAdamWithTheAmsgradFlagBitForBit() {
        Map<String, String> p = Map.of("lr", "0.3", "beta1", "0.8", "beta2", "0.9", "weight_decay", "0.1");
        Map<String, String> withFlag = new java.util.HashMap<>(p);
        withFlag.put("amsgrad", "true");
        Oracle o1 = Steps.quadratic(new double[] {1, 5}, new double[] {2, -1});
        Oracle o2 = Steps.quadratic(new double[] {1, 5}, new double[] {2, -1});
        Steps a = Steps.run(Methods.configure("amsgrad", p), o1, new double[] {-1, 3}, 25);
        Steps b = Steps.run(Methods.configure("adam", withFlag), o2, new double[] {-1, 3}, 25);
        assertThat(a.w).isDeepEqualTo(b.w);
        assertThat(a.stepSizes).isDeepEqualTo(b.stepSizes);
        assertThat(Methods.configure("adamw", Map.of("amsgrad", "true")).params()).containsEntry("amsgrad", true);
    }

    /*
     * AdamW, lr = 0.5, beta1 = beta2 = 0.5, eps = 1e-8, weight_decay = 0.2: theta *= 1 - 0.5*0.2 = 0.9 before the
     * moments, with g taken at the undecayed theta and not changed by lambda.
     * step 1: g = 1 (at w0 = 1); w = 0.9; m = 0.5, v = 0.5; w1 = 0.9 - 1 * 0.5/(1 + 1e-8) = 0.400000005
     * step 2: g = w1 ~ 0.4; w = 0.36; m = 0.25 + 0.2 = 0.45; v = 0.25 + 0.08 = 0.33; bc = 0.75;
     *         denom = sqrt(0.33/0.75) = 0.66332; w2 = 0.36 - (2/3) 0.45/0.66332 = -0.092267
     * step 3: g = w2; w = 0.9 w2; m, v as usual; bc = 0.875; w3 = -0.31543
     * Coupled Adam with the same lambda adds 0.2 theta to g instead: step 1 g = 1.2, w1 = 1 - 0.6/(1.2 + 1e-8) = 0.5.
     */
    @Test
    void adamwDecaysTheWeightsDecoupledBeforeTheMomentUpdate() {
        Adam.Config config = new Adam.Config(Adam.Variant.ADAMW, 0.5, 0.5, 0.5, 1e-8, 0.2, false);
        Steps s = Steps.run(config, Steps.halfSquare(), new double[] {1}, 3);
        assertThat(s.w(1)).isCloseTo(0.40000000499999994, within(TOL));
        assertThat(s.w(2)).isCloseTo(-0.09226700669055193, within(TOL));
        assertThat(s.w(3)).isCloseTo(-0.31543283594958965, within(TOL));

        Steps coupled = Steps.run(adam(0.5, 0.5, 0.5, 1e-8, 0.2, false), Steps.halfSquare(), new double[] {1}, 3);
        assertThat(coupled.w(1)).isCloseTo(0.5000000041666666, within(TOL));
        assertThat(coupled.w(2)).isCloseTo(0.028595488276461967, within(TOL));
        assertThat(coupled.w(3)).isCloseTo(-0.2973055982496339, within(TOL));
    }

    /* With a zero gradient AdamW is pure decay: w_t = w0 (1 - lr lambda)^t = 2 * 0.9^t. */
    @Test
    void adamwWithZeroGradientOnlyDecays() {
        Adam.Config config = new Adam.Config(Adam.Variant.ADAMW, 0.5, 0.9, 0.999, 1e-8, 0.2, false);
        Oracle flat = Steps.quadratic(new double[] {0}, new double[] {0});
        Steps s = Steps.run(config, flat, new double[] {2}, 3);
        assertThat(s.w(1)).isEqualTo(2 * 0.9);
        assertThat(s.w(2)).isEqualTo(2 * 0.9 * 0.9);
        assertThat(s.w(3)).isEqualTo(2 * 0.9 * 0.9 * 0.9);
    }

    @Test
    void defaultsAreTorchs() {
        assertThat(Methods.configure("adam", Map.of())).isEqualTo(Adam.Config.defaults(Adam.Variant.ADAM));
        assertThat(Methods.configure("adam", Map.of()).params()).containsExactly(
                Map.entry("lr", 1e-3), Map.entry("beta1", 0.9), Map.entry("beta2", 0.999), Map.entry("eps", 1e-8),
                Map.entry("weight_decay", 0.0), Map.entry("amsgrad", false));
        assertThat(Methods.configure("adamw", Map.of()).params()).containsEntry("weight_decay", 1e-2);
        assertThat(((Adam.Config) Methods.configure("amsgrad", Map.of())).amsgrad()).isTrue();
    }

    @Test
    void invalidHyperParametersAreRejectedNamingTheField() {
        assertThatThrownBy(() -> adam(-1, 0.9, 0.999, 1e-8, 0, false)).hasMessageContaining("lr")
                .hasMessageContaining("-1.0");
        assertThatThrownBy(() -> adam(1e-3, 1.0, 0.999, 1e-8, 0, false)).hasMessageContaining("beta1");
        assertThatThrownBy(() -> adam(1e-3, 0.9, Double.NaN, 1e-8, 0, false)).hasMessageContaining("beta2");
        assertThatThrownBy(() -> adam(1e-3, 0.9, 0.999, 1e-8, -0.1, false)).hasMessageContaining("weight_decay");
        assertThatThrownBy(() -> new Adam.Config(Adam.Variant.AMSGRAD, 1e-3, 0.9, 0.999, 1e-8, 0, false))
                .hasMessageContaining("amsgrad");
    }

    @Test
    void aStateWithoutTheAmsgradMaximumIsNotRestoredIntoAnAmsgradInstance() {
        Optimizer plain = adam(0.1, 0.9, 0.999, 1e-8, 0, false).create(1);
        Optimizer ams = adam(0.1, 0.9, 0.999, 1e-8, 0, true).create(1);
        assertThatThrownBy(() -> ams.restore(plain.snapshot())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amsgrad");
    }
}
