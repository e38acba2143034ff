package org.stepplan.optim;

import org.stepplan.methods.Methods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * RMSprop against the first three steps derived by hand from docs/methods.md §4, on f(w) = 0.5 w^2 (g = w) from w0 = 1.
 * The expected decimals were evaluated from the derivations in IEEE double.
 */
class RmsPropTest {

    private static final double TOL = 1e-13;

    /*
     * lr = 0.1, alpha = 0.5, eps = 1e-8, no momentum, not centered. No bias correction.
     * step 1: g = 1; v = 0.5; avg = sqrt(0.5) + 1e-8 = 0.70711; w1 = 1 - 0.1/0.70711 = 0.85858;
     *         step size lr/avg = 0.14142
     * step 2: g = 0.85858; v = 0.25 + 0.5 * 0.73716 = 0.61858; avg = 0.78650; w2 = 0.85858 - 0.1 * 1.09164 = 0.74941
     * step 3: g = 0.74941; v = 0.5 v + 0.5 g^2 = 0.59011; avg = 0.76819; w3 = 0.74941 - 0.1 * 0.97556 = 0.65186
     */
    @Test
    void firstThreeStepsNormaliseByTheRootOfTheUncorrectedAverage() {
        Steps s = Steps.run(new RmsProp.Config(0.1, 0.5, 1e-8, 0, 0, false), Steps.halfSquare(), new double[] {1}, 3);
        assertThat(s.w(1)).isCloseTo(0.8585786457626905, within(TOL));
        assertThat(s.stepSize(1)).isCloseTo(0.14142135423730953, within(TOL));
        assertThat(s.w(2)).isCloseTo(0.7494138477519194, within(TOL));
        assertThat(s.stepSize(2)).isCloseTo(0.127145950518951, within(TOL));
        assertThat(s.w(3)).isCloseTo(0.6518567336189637, within(TOL));
        assertThat(s.stepSize(3)).isCloseTo(0.1301778909284985, within(TOL));
    }

    /*
     * Edge case: centered, with momentum. lr = 0.1, alpha = 0.5, eps = 1e-8, momentum = 0.5, centered.
     * step 1: g = 1; v = 0.5; gbar = 0 + 0.5 (1 - 0) = 0.5; v - gbar^2 = 0.25; avg = 0.5 + 1e-8;
     *         b = 0 + 1/0.5 = 2; w1 = 1 - 0.1 * 2 = 0.8 (minus the eps effect: 0.800000004); step size 0.1/avg = 0.2
     * step 2: g = 0.8; v = 0.25 + 0.32 = 0.57; gbar = 0.5 + 0.5 (0.8 - 0.5) = 0.65; v - gbar^2 = 0.1475;
     *         avg = 0.38406; b = 0.5 * 2 + 0.8/0.38406 = 3.08302; w2 = 0.8 - 0.308302 = 0.49170
     * step 3: g = 0.49170; v = 0.5 v + 0.5 g^2; gbar = gbar + 0.5 (g - gbar); avg = sqrt(v - gbar^2) + eps;
     *         b = 0.5 b + g/avg; w3 = 0.16372
     * Not centered (same momentum) the steps are 0.85858, 0.67870, 0.49637.
     */
    @Test
    void centeredWithMomentumNormalisesByTheEstimatedStandardDeviation() {
        Steps s = Steps.run(Methods.configure("rmsprop",
                        Map.of("lr", "0.1", "alpha", "0.5", "momentum", "0.5", "centered", "true")),
                Steps.halfSquare(), new double[] {1}, 3);
        assertThat(s.w(1)).isCloseTo(0.8000000039999999, within(TOL));
        assertThat(s.stepSize(1)).isCloseTo(0.19999999600000007, within(TOL));
        assertThat(s.w(2)).isCloseTo(0.4916977532365646, within(TOL));
        assertThat(s.stepSize(2)).isCloseTo(0.260377814652405, within(TOL));
        assertThat(s.w(3)).isCloseTo(0.1637214137751652, within(TOL));
        assertThat(s.stepSize(3)).isCloseTo(0.3535204562874042, within(TOL));

        Steps uncentered = Steps.run(new RmsProp.Config(0.1, 0.5, 1e-8, 0, 0.5, false), Steps.halfSquare(),
                new double[] {1}, 3);
        assertThat(uncentered.w(2)).isCloseTo(0.6787031706332647, within(TOL));
        assertThat(uncentered.w(3)).isCloseTo(0.49637211719421387, within(TOL));
    }

    /* weight_decay is coupled: g = 1 + 0.5 * 1 = 1.5; v = 0.5 * 2.25; avg = 1.5 sqrt(0.5); w1 = 1 - 0.1/sqrt(0.5). */
    @Test
    void weightDecayIsAddedToTheGradient() {
        Steps s = Steps.run(new RmsProp.Config(0.1, 0.5, 0, 0.5, 0, false), Steps.halfSquare(), new double[] {1}, 1);
        assertThat(s.w(1)).isCloseTo(1 - 0.1 / Math.sqrt(0.5), within(TOL));
    }

    @Test
    void defaultsAreTorchsAndBadValuesAreRejected() {
        assertThat(Methods.configure("rmsprop", Map.of()).params()).containsExactly(
                Map.entry("lr", 1e-2), Map.entry("alpha", 0.99), Map.entry("eps", 1e-8),
                Map.entry("weight_decay", 0.0), Map.entry("momentum", 0.0), Map.entry("centered", false));
        assertThatThrownBy(() -> new RmsProp.Config(0.01, 1.0, 1e-8, 0, 0, false)).hasMessageContaining("alpha");
        assertThatThrownBy(() -> new RmsProp.Config(0.01, 0.9, 1e-8, 0, -0.9, false))
                .hasMessageContaining("momentum").hasMessageContaining("-0.9");
    }
}
