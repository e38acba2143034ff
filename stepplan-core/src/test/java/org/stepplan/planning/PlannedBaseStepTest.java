package org.stepplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepplan.core.Objective;
import org.stepplan.core.Oracle;
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
}
