package org.stepplan.optim;

import org.stepplan.methods.Methods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Adagrad against the first three steps derived by hand from docs/methods.md §4. The expected decimals were evaluated from
 * the derivations in IEEE double.
 */
class AdagradTest {

    private static final double TOL = 1e-13;

    /*
     * Edge case: lr_decay and initial_accumulator_value. f(w) = 0.5 (w1^2 + 4 w2^2), g = (w1, 4 w2), w0 = (2, 1),
     * lr = 1, lr_decay = 0.5, initial_accumulator_value = 1, eps = 1e-10.
     * step 1: clr = 1/(1 + 0 * 0.5) = 1; g = (2, 4); S = (1 + 4, 1 + 16) = (5, 17);
     *         w1 = (2 - 2/sqrt 5, 1 - 4/sqrt 17) = (1.10557, 0.029857);
     *         step sizes clr/(sqrt S + eps) = (0.44721, 0.24254)
     * step 2: clr = 1/(1 + 1 * 0.5) = 2/3; g = (1.10557, 0.11943); S = (6.22229, 17.01426);
     *         w2 = w1 - (2/3) g/sqrt(S) = (0.81010, 0.010555)
     * step 3: clr = 1/(1 + 2 * 0.5) = 1/2; g = (0.81010, 0.042220); S += g^2; w3 = (0.65566, 0.0054374)
     * With S starting at 0 (the docs' block) step 1 would move w1 to 2 - 2/(2 + eps), about 1.
     */
    @Test
    void firstThreeStepsWithLrDecayAndAnInitialAccumulator() {
        Steps s = Steps.run(Methods.configure("adagrad",
                        Map.of("lr", "1", "lr_decay", "0.5", "initial_accumulator_value", "1")),
                Steps.quadratic(new double[] {1, 4}, new double[] {0, 0}), new double[] {2, 1}, 3);
        assertThat(s.w[0]).containsExactly(new double[] {1.1055728090400843, 0.029857499878197524}, within(TOL));
        assertThat(s.stepSizes[0]).containsExactly(new double[] {0.4472135954799579, 0.24253562503045062},
                within(TOL));
        assertThat(s.w[1]).containsExactly(new double[] {0.8100976857119986, 0.010554909528783345}, within(TOL));
        assertThat(s.stepSizes[1]).containsExactly(new double[] {0.2672597597481006, 0.16162262771630517},
                within(TOL));
        assertThat(s.w[2]).containsExactly(new double[] {0.6556579810494788, 0.005437440947289299}, within(TOL));
        assertThat(s.stepSizes[2]).containsExactly(new double[] {0.19064331053702743, 0.12121062164338448},
                within(TOL));
    }

    /* Defaults: S0 = 0, eps = 1e-10: step 1 on g = w0 = 2 gives w1 = 2 - 0.01 * 2/(2 + 1e-10), i.e. about lr. */
    @Test
    void defaultsAreTorchs() {
        assertThat(Methods.configure("adagrad", Map.of()).params()).containsExactly(
                Map.entry("lr", 1e-2), Map.entry("lr_decay", 0.0), Map.entry("weight_decay", 0.0),
                Map.entry("initial_accumulator_value", 0.0), Map.entry("eps", 1e-10));
        Steps s = Steps.run(Methods.configure("adagrad", Map.of()), Steps.halfSquare(), new double[] {2}, 1);
        assertThat(s.w(1)).isCloseTo(2 - 0.01 * (2 / (2 + 1e-10)), within(TOL));
    }

    @Test
    void badValuesAreRejectedNamingTheField() {
        assertThatThrownBy(() -> new Adagrad.Config(0.01, 0, 0, -1, 1e-10))
                .hasMessageContaining("initial_accumulator_value").hasMessageContaining("-1.0");
        assertThatThrownBy(() -> new Adagrad.Config(Double.POSITIVE_INFINITY, 0, 0, 0, 1e-10))
                .hasMessageContaining("lr");
    }
}
