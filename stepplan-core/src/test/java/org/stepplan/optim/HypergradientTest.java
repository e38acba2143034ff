package org.stepplan.optim;

import org.stepplan.methods.Methods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SGD-HD, SGDN-HD and Adam-HD against the first three steps derived by hand from docs/methods.md §8, on f(w) = 0.5 w^2
 * (g = w) from w0 = 1. The step size is the current lr: the one the step just used.
 */
class HypergradientTest {

    private static final double TOL = 1e-13;

    /*
     * Edge case: lr goes negative and is not clipped. lr0 = 3, hypergrad_lr = 2, no momentum (d = g).
     * step 1: g = 1; h = g * d_prev = 1 * 0 = 0; lr = 3; w1 = 1 - 3 * 1 = -2
     * step 2: g = -2; h = -2 * 1 = -2; lr = 3 + 2 * (-2) = -1 (updated BEFORE use); w2 = -2 - (-1)(-2) = -4
     * step 3: g = -4; h = -4 * -2 = 8; lr = -1 + 2 * 8 = 15; w3 = -4 - 15 * (-4) = 56
     * (all exact in binary)
     */
    @Test
    void sgdHdUpdatesLrBeforeUseAndLetsItGoNegative() {
        Steps s = Steps.run(Methods.configure("sgd-hd", Map.of("lr", "3", "hypergrad_lr", "2")), Steps.halfSquare(),
                new double[] {1}, 3);
        assertThat(s.w(1)).isEqualTo(-2.0);
        assertThat(s.stepSize(1)).isEqualTo(3.0);
        assertThat(s.w(2)).isEqualTo(-4.0);
        assertThat(s.stepSize(2)).isEqualTo(-1.0);
        assertThat(s.w(3)).isEqualTo(56.0);
        assertThat(s.stepSize(3)).isEqualTo(15.0);
    }

    /*
     * With momentum (no nesterov), d_prev is the buffer b, the direction just used, not the previous gradient.
     * lr0 = 0.1, momentum = 0.5, hypergrad_lr = 0.1.
     * step 1: g = 1; h = 0; lr = 0.1; b = 1; w1 = 0.9
     * step 2: g = 0.9; h = 0.9 * 1 = 0.9; lr = 0.1 + 0.09 = 0.19; b = 0.5 + 0.9 = 1.4; w2 = 0.9 - 0.19 * 1.4 = 0.634
     * step 3: g = 0.634; h = 0.634 * 1.4 = 0.8876 (the previous GRADIENT would give 0.634 * 0.9 = 0.5706);
     *         lr = 0.19 + 0.08876 = 0.27876; b = 0.7 + 0.634 = 1.334; w3 = 0.634 - 0.27876 * 1.334 = 0.26213416
     */
    @Test
    void sgdHdWithMomentumDotsWithThePreviousDirection() {
        Steps s = Steps.run(Sgd.Config.defaults(Sgd.Variant.SGD_HD).with(Sgd.Config.LR, 0.1)
                .with(Sgd.Config.MOMENTUM, 0.5).with(Sgd.Config.HYPERGRAD_LR, 0.1), Steps.halfSquare(), new double[] {1}, 3);
        assertThat(s.w(1)).isCloseTo(0.9, within(TOL));
        assertThat(s.stepSize(1)).isCloseTo(0.1, within(TOL));
        assertThat(s.w(2)).isCloseTo(0.634, within(TOL));
        assertThat(s.stepSize(2)).isCloseTo(0.19, within(TOL));
        assertThat(s.w(3)).isCloseTo(0.26213416, within(TOL));
        assertThat(s.stepSize(3)).isCloseTo(0.27876, within(TOL));
    }

    /*
     * SGDN-HD: nesterov d = g + mu b, and d_prev = d. lr0 = 0.1, momentum = 0.5, hypergrad_lr = 0.1.
     * step 1: g = 1; h = 0; b = 1; d = 1.5; w1 = 1 - 0.15 = 0.85
     * step 2: g = 0.85; h = 0.85 * 1.5 = 1.275; lr = 0.2275; b = 1.35; d = 0.85 + 0.675 = 1.525;
     *         w2 = 0.85 - 0.2275 * 1.525 = 0.5030625
     * step 3: g = 0.5030625; h = g * 1.525 = 0.76717031; lr = 0.2275 + 0.076717031 = 0.30421703125;
     *         b = 0.675 + 0.5030625 = 1.1780625; d = 0.5030625 + 0.58903125 = 1.09209375;
     *         w3 = 0.5030625 - 0.30421703125 * 1.09209375 = 0.17082898
     */
    @Test
    void sgdnHdUsesNesterovDirectionsForStepAndHypergradient() {
        Steps s = Steps.run(Methods.configure("sgdn-hd", Map.of("lr", "0.1", "momentum", "0.5", "hypergrad_lr", "0.1")),
                Steps.halfSquare(), new double[] {1}, 3);
        assertThat(s.w(1)).isCloseTo(0.85, within(TOL));
        assertThat(s.w(2)).isCloseTo(0.5030625, within(TOL));
        assertThat(s.stepSize(2)).isCloseTo(0.2275, within(TOL));
        assertThat(s.w(3)).isCloseTo(0.17082898152832027, within(TOL));
        assertThat(s.stepSize(3)).isCloseTo(0.30421703125, within(TOL));
    }

    @Test
    void hypergradientDefaultsFollowTheOriginalCode() {
        assertThat(Methods.configure("sgd-hd", Map.of()).params()).containsExactly(
                Map.entry("lr", 1e-3), Map.entry("momentum", 0.0), Map.entry("dampening", 0.0),
                Map.entry("weight_decay", 0.0), Map.entry("nesterov", false), Map.entry("hypergrad_lr", 1e-6));
        assertThat(Methods.configure("sgdn-hd", Map.of()).params()).containsExactly(
                Map.entry("lr", 1e-3), Map.entry("momentum", 0.9), Map.entry("weight_decay", 0.0),
                Map.entry("hypergrad_lr", 1e-6));
        assertThat(Methods.configure("adam-hd", Map.of()).params()).containsExactly(
                Map.entry("lr", 1e-3), Map.entry("beta1", 0.9), Map.entry("beta2", 0.999), Map.entry("eps", 1e-8),
                Map.entry("weight_decay", 0.0), Map.entry("hypergrad_lr", 1e-8));
        assertThatThrownBy(() -> Methods.configure("sgd-hd", Map.of("nesterov", "true")))
                .hasMessageContaining("nesterov");
        assertThatThrownBy(() -> Sgd.Config.defaults(Sgd.Variant.SGD_HD)
                .with(Sgd.Config.HYPERGRAD_LR, -1e-3)).hasMessageContaining("hypergrad_lr");
    }

    /*
     * Adam-HD, lr0 = 0.1, beta1 = beta2 = 0.5, eps = 1e-8, hypergrad_lr = 0.1; old eps placement.
     * step 1 (no hypergradient): lr = 0.1; g = 1; m = 0.5; v = 0.5; bc1 = bc2 = 0.5;
     *         step = 0.1 sqrt(0.5)/0.5 = 0.141421; w1 = 1 - 0.141421 * 0.5/(sqrt(0.5) + 1e-8) = 0.9 (+1.4e-9)
     * step 2: g = 0.9; pbc1 = pbc2 = 0.5; h = 0.9 * (0.5/(0.707107 + 1e-8)) * sqrt(0.5)/0.5 = 0.9 (-1.1e-8);
     *         lr = 0.1 + 0.1 * 0.9 = 0.19; m = 0.25 + 0.45 = 0.7; v = 0.25 + 0.405 = 0.655; bc1 = bc2 = 0.75;
     *         step = 0.19 sqrt(0.75)/0.75 = 0.219393; w2 = 0.9 - 0.219393 * 0.7/(0.809321 + 1e-8) = 0.71024
     * step 3: g = w2; pbc = 0.75; h = g * (m/(sqrt v + eps)) * sqrt(0.75)/0.75 = 0.70934;
     *         lr = 0.19 + 0.070934 = 0.26093;
     *         m, v updated; bc = 0.875; w3 = 0.45191
     */
    @Test
    void adamHdFirstThreeSteps() {
        Steps s = Steps.run(new AdamHd.Config(0.1, 0.5, 0.5, 1e-8, 0, 0.1), Steps.halfSquare(), new double[] {1}, 3);
        assertThat(s.w(1)).isCloseTo(0.9000000014142135, within(TOL));
        assertThat(s.stepSize(1)).isEqualTo(0.1);
        assertThat(s.w(2)).isCloseTo(0.7102418891297788, within(TOL));
        assertThat(s.stepSize(2)).isCloseTo(0.18999999886862917, within(TOL));
        assertThat(s.w(3)).isCloseTo(0.4519087846150529, within(TOL));
        assertThat(s.stepSize(3)).isCloseTo(0.2609337677892195, within(TOL));
    }

    /*
     * Edge case: the first step has no hypergradient update, however large hypergrad_lr is: lr stays bit-identical,
     * and w1 is plain (old-placement) Adam's. With eps = 0.1, lr = 0.5, beta1 = beta2 = 0.5:
     * w1 = 1 - 0.5 sqrt(0.5)/0.5 * 0.5/(sqrt(0.5) + 0.1) = 0.56195, where current-PyTorch Adam gives 6/11 = 0.54545.
     */
    @Test
    void adamHdFirstStepHasNoHypergradientUpdateAndTheOldEpsPlacement() {
        Steps s = Steps.run(new AdamHd.Config(0.5, 0.5, 0.5, 0.1, 0, 1e6), Steps.halfSquare(), new double[] {1}, 1);
        assertThat(s.stepSize(1)).isEqualTo(0.5);
        assertThat(s.w(1)).isCloseTo(0.5619496715496477, within(TOL));
        assertThat(s.w(1)).isNotCloseTo(6.0 / 11.0, within(1e-3));
    }
}
