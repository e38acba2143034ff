package org.stepplan.optim;

import org.stepplan.methods.Methods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PyTorch SGD against the first three steps derived by hand from docs/methods.md §4, on f(w) = 0.5 w^2 (g = w) from
 * w0 = 1. Every number here is short enough to check on paper.
 */
class SgdTest {

    private static final double TOL = 1e-15;

    /*
     * Edge case: dampening and the first-step buffer. lr = 0.1, momentum = 0.9, dampening = 0.5.
     * step 1: g = 1; b = g = 1 (a copy, NO dampening); w1 = 1 - 0.1 = 0.9
     * step 2: g = 0.9; b = 0.9 * 1 + 0.5 * 0.9 = 1.35; w2 = 0.9 - 0.135 = 0.765
     * step 3: g = 0.765; b = 0.9 * 1.35 + 0.5 * 0.765 = 1.5975; w3 = 0.765 - 0.15975 = 0.60525
     * Dampening the first step too (b = 0.5) would give w1 = 0.95.
     */
    @Test
    void firstStepCopiesTheGradientIntoTheBufferWithoutDampening() {
        Steps s = Steps.run(Methods.configure("sgd", Map.of("lr", "0.1", "momentum", "0.9", "dampening", "0.5")),
                Steps.halfSquare(), new double[] {1}, 3);
        assertThat(s.w(1)).isCloseTo(0.9, within(TOL));
        assertThat(s.w(2)).isCloseTo(0.765, within(TOL));
        assertThat(s.w(3)).isCloseTo(0.60525, within(TOL));
        assertThat(s.stepSize(3)).isEqualTo(0.1);
    }

    /*
     * Nesterov: lr = 0.1, momentum = 0.5. d = g + mu b.
     * step 1: g = 1; b = 1; d = 1.5; w1 = 0.85
     * step 2: g = 0.85; b = 0.5 + 0.85 = 1.35; d = 0.85 + 0.675 = 1.525; w2 = 0.6975
     * step 3: g = 0.6975; b = 0.675 + 0.6975 = 1.3725; d = 0.6975 + 0.68625 = 1.38375; w3 = 0.559125
     */
    @Test
    void nesterovStepsAlongGradientPlusMomentumTimesBuffer() {
        Steps s = Steps.run(Sgd.Config.defaults(Sgd.Variant.SGD).with(Sgd.Config.LR, 0.1)
                .with(Sgd.Config.MOMENTUM, 0.5).with(Sgd.Config.NESTEROV, true), Steps.halfSquare(), new double[] {1}, 3);
        assertThat(s.w(1)).isCloseTo(0.85, within(TOL));
        assertThat(s.w(2)).isCloseTo(0.6975, within(TOL));
        assertThat(s.w(3)).isCloseTo(0.559125, within(TOL));
    }

    /* Plain SGD with weight decay 0.5: g = w + 0.5 w = 1.5 w, so w_k = (1 - 0.15)^k = 0.85, 0.7225, 0.614125. */
    @Test
    void weightDecayIsAddedToTheGradient() {
        Steps s = Steps.run(Sgd.Config.defaults(Sgd.Variant.SGD).with(Sgd.Config.LR, 0.1)
                .with(Sgd.Config.WEIGHT_DECAY, 0.5), Steps.halfSquare(), new double[] {1}, 3);
        assertThat(s.w(1)).isCloseTo(0.85, within(TOL));
        assertThat(s.w(2)).isCloseTo(0.7225, within(TOL));
        assertThat(s.w(3)).isCloseTo(0.614125, within(TOL));
    }

    @Test
    void nesterovWithoutMomentumOrWithDampeningIsAClearError() {
        assertThatThrownBy(() -> Methods.configure("sgd", Map.of("nesterov", "true")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nesterov").hasMessageContaining("momentum=0.0");
        assertThatThrownBy(() -> Methods.configure("sgd",
                Map.of("nesterov", "true", "momentum", "0.9", "dampening", "0.1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nesterov").hasMessageContaining("dampening=0.1");
    }

    @Test
    void defaults() {
        assertThat(Methods.configure("sgd", Map.of()).params()).containsExactly(
                Map.entry("lr", 1e-3), Map.entry("momentum", 0.0), Map.entry("dampening", 0.0),
                Map.entry("weight_decay", 0.0), Map.entry("nesterov", false));
    }
}
