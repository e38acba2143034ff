package org.stepplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepplan.core.Objective;
import org.stepplan.core.Oracle;
import org.stepplan.core.StochasticObjective;
import org.stepplan.methods.Methods;

/** {@code base_step=planned}: the alignment rho of each fit and the scale c it steers (docs/planning.md 3b). */
class PlannedBaseStepTest {

    private static BasePlanning planned(Map<String, String> params, int d) {
        return (BasePlanning) Methods.configure("plan", params).create(d);
    }

    /** A constant gradient gives a constant step: rho = 1 at every plan, c doubles at each (exponent clamped to 1). */
    @Test
    void aConstantStepHasAlignmentOneAndDoublesTheScaleAtEveryPlan() {
        Oracle oracle = Oracle.of(Objective.of(2, (w, g) -> {
            g[0] = 1.0;
            g[1] = 2.0;
            return w[0] + 2.0 * w[1];
        }));
        BasePlanning opt = planned(Map.of("base", "gd", "gamma", "0.1", "horizon", "4", "safeguard", "false",
                "base_step", "planned"), 2);
        double[] w = {0.0, 0.0};
        for (int plan = 1; plan <= 6; plan++) {
            for (int k = 0; k < (plan == 1 ? 8 : 4); k++) {
                opt.step(w, oracle);
            }
            assertThat(opt.lastEvent()).isEqualTo("plan");
            assertThat(opt.alignment()).isCloseTo(1.0, within(1e-12));
            assertThat(opt.baseScale()).isEqualTo(Math.pow(2, plan));
        }
    }

    /**
     * gd at 1.9 on f = w^2 / 2 multiplies w by r = -0.9 a step: the first fit's alignment is (r + r^2 + r^3 + r^4) / 4
     * and c becomes 2^((rho - 0.35) / 0.5).
     */
    @Test
    void alternatingStepsGiveANegativeAlignmentThatShrinksTheScale() {
        Oracle oracle = Oracle.of(Objective.of(1, (w, g) -> {
            g[0] = w[0];
            return 0.5 * w[0] * w[0];
        }));
        BasePlanning opt = planned(Map.of("base", "gd", "gamma", "1.9", "horizon", "4", "safeguard", "false",
                "base_step", "planned"), 1);
        double[] w = {1.0};
        for (int k = 0; k < 8; k++) {
            opt.step(w, oracle);
        }
        double rho = (-0.9 + 0.81 - 0.729 + 0.6561) / 4;
        assertThat(opt.alignment()).isCloseTo(rho, within(1e-12));
        assertThat(opt.baseScale()).isCloseTo(Math.pow(2, (rho - 0.35) / 0.5), within(1e-12));
        assertThat(opt.baseScale()).isLessThan(0.6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "-0.5", "NaN"})
    void anAlignmentOutsideTheOpenUnitIntervalIsRefusedNamingIt(String value) {
        assertThatThrownBy(() -> Methods.configure("plan", Map.of("alignment", value)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alignment");
    }
    /**
     * A sampled objective with a constant gradient (1, 2) whose value is the same at every w: every plan is rejected
     * by the safeguard (f(w') &lt; f(w) fails) while the steps stay aligned (rho = 1).
     */
    private static Oracle constantGradientEveryPlanRejected() {
        return Oracle.of(new StochasticObjective() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public void nextSample(RandomGenerator rng) {
            }

            @Override
            public double value(double[] w) {
                return 1.0;
            }

            @Override
            public double valueAndGradient(double[] w, double[] gradient) {
                gradient[0] = 1.0;
                gradient[1] = 2.0;
                return 1.0;
            }

            @Override
            public Objective expectation() {
                throw new UnsupportedOperationException();
            }
        }, new Random(1));
    }

    /**
     * On a sampled oracle a rejected plan does not change c by itself (sampling noise); with {@code acceptance = a*}
     * the running share of accepted plans a (from 1, weight 1/64: after n rejections a = (63/64)^n) caps the exponent
     * at clamp((a - a*) / 0.25, -1, 1): c first grows more slowly than the aligned steps (rho near 1: exponent 1)
     * ask, then shrinks once a &lt; a*.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.7})
    void rejectedPlansOnASampledOracleCapTheScaleByTheAcceptanceRate(double target) {
        Oracle oracle = constantGradientEveryPlanRejected();
        BasePlanning opt = planned(Map.of("base", "gd", "gamma", "0.1", "horizon", "4", "base_step", "planned",
                "acceptance", Double.toString(target)), 2);
        double[] w = {0.0, 0.0};
        double exponent = 0.0;
        for (int plan = 1; plan <= 40; plan++) {
            for (int k = 0; k < 8; k++) { // reset: the buffer restarts, the next plan is 2K steps later
                opt.step(w, oracle);
            }
            assertThat(opt.lastEvent()).isEqualTo("plan-rejected");
            double rate = Math.pow(63.0 / 64.0, plan);
            exponent += target == 0.0 ? 1.0 : Math.min(1.0, Math.min(Math.max((rate - target) / 0.25, -1.0), 1.0));
            assertThat(opt.baseScale()).isCloseTo(Math.pow(2, exponent), within(1e-12 * Math.pow(2, exponent)));
        }
        // off: c = 2^40; a* = 0.7: up to 3943 after 23 plans, then a < 0.7 shrinks it to 46.82 after 40
        assertThat(opt.baseScale()).isCloseTo(target == 0.0 ? 0x1p40 : 46.82, within(0.01));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "-0.1", "NaN"})
    void anAcceptanceOutsideTheUnitIntervalIsRefusedNamingIt(String value) {
        assertThatThrownBy(() -> Methods.configure("plan", Map.of("acceptance", value)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("acceptance");
    }
}
