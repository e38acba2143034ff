package org.stepplan.optim;

import org.stepplan.methods.Methods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepplan.core.Objective;
import org.stepplan.core.Oracle;
import org.stepplan.core.SeparableQuadratic;

class PolyakTest {

    private static Optimizer polyak(Map<String, String> params, int d) {
        return Methods.configure("polyak", params).create(d);
    }

    /*
     * f(w) = 0.5 (w1^2 + 2 w2^2), f* = 0, gamma = 1, w0 = (2, 1); alpha = f/||g||^2, exact fractions:
     *   k=1: f = 3,            g = (2, 2),          ||g||^2 = 8,           alpha = 3/8,
     *        w1 = (2 - 3/4, 1 - 3/4) = (5/4, 1/4)
     *   k=2: f = 27/32,        g = (5/4, 1/2),      ||g||^2 = 29/16,       alpha = 27/58,
     *        w2 = (155/232, 1/58)
     *   k=3: f = 24057/107648, g = (155/232, 1/29), ||g||^2 = 24089/53824, alpha = 24057/48178,
     *        w3 = (3738755/11177296, 16/698581)
     */
    @Test
    void firstThreeStepsOnATwoDimensionalQuadratic() {
        Oracle oracle = Oracle.of(new SeparableQuadratic(new double[] {1, 2}, new double[] {0, 0}));
        Optimizer opt = polyak(Map.of("fstar", "0"), 2);
        double[] w = {2, 1};
        assertThat(opt.stepSize(0)).isZero();

        opt.step(w, oracle);
        Close.rel(opt.stepSize(0), 3.0 / 8);
        Close.weights(w, 1.25, 0.25);
        opt.step(w, oracle);
        Close.rel(opt.stepSize(0), 27.0 / 58);
        Close.weights(w, 155.0 / 232, 1.0 / 58);
        opt.step(w, oracle);
        Close.rel(opt.stepSize(0), 24057.0 / 48178);
        Close.weights(w, 3738755.0 / 11177296, 16.0 / 698581);
        assertThat(oracle.gradientEvaluations()).isEqualTo(3);
        assertThat(oracle.functionEvaluations()).isZero();
    }

    /*
     * Edge case ||g||^2 == 0. f(w) = |w| with the subgradient sign(w) (0 at 0), f* = 0, w0 = 2.5:
     *   k=1: f = 2.5, g = 1, alpha = 2.5/1 = 2.5, w1 = 2.5 - 2.5 = 0
     *   k=2: g = 0 -> alpha = 0, no step: w2 = 0
     *   k=3: the same: w3 = 0
     */
    @Test
    void zeroGradientTakesNoStep() {
        Oracle oracle = Oracle.of(new Objective() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public double value(double[] w) {
                return Math.abs(w[0]);
            }

            @Override
            public double valueAndGradient(double[] w, double[] gradient) {
                gradient[0] = Math.signum(w[0]);
                return Math.abs(w[0]);
            }
        });
        Optimizer opt = polyak(Map.of("fstar", "0"), 1);
        double[] w = {2.5};
        opt.step(w, oracle);
        assertThat(opt.stepSize(0)).isEqualTo(2.5);
        assertThat(w[0]).isZero();
        for (int k = 2; k <= 3; k++) {
            opt.step(w, oracle);
            assertThat(opt.stepSize(0)).isZero();
            assertThat(w[0]).isZero();
        }
    }

    /*
     * Edge case f(w) < f* (f* given wrongly), with the relaxation gamma = 1.9. f(w) = 0.5 w^2, f* = 1, w0 = 2:
     *   k=1: f = 2 >= 1, g = 2, alpha = 1.9 (2 - 1)/4 = 0.475, w1 = 2 - 0.95 = 1.05
     *   k=2: f = 0.55125 < 1 -> alpha = 0, w2 = 1.05
     *   k=3: the same: w3 = 1.05
     */
    @Test
    void lossBelowFstarTakesNoStep() {
        Oracle oracle = Oracle.of(new SeparableQuadratic(new double[] {1}, new double[] {0}));
        Optimizer opt = polyak(Map.of("fstar", "1", "gamma", "1.9"), 1);
        double[] w = {2};
        opt.step(w, oracle);
        Close.rel(opt.stepSize(0), 0.475);
        Close.weights(w, 1.05);
        double w1 = w[0];
        for (int k = 2; k <= 3; k++) {
            opt.step(w, oracle);
            assertThat(opt.stepSize(0)).isZero();
            assertThat(w[0]).isEqualTo(w1);
        }
    }

    @Test
    void missingFstarFailsSayingPolyakNeedsIt() {
        assertThatThrownBy(() -> Methods.configure("polyak", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("polyak").hasMessageContaining("f*").hasMessageContaining("fstar");
    }

    @Test
    void gammaMustLieInTheOpenInterval() {
        for (String bad : new String[] {"0", "2", "-0.5", "NaN"}) {
            assertThatThrownBy(() -> Methods.configure("polyak", Map.of("fstar", "0", "gamma", bad)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gamma");
        }
        assertThat(Methods.configure("polyak", Map.of("fstar", "0", "gamma", "1.99")).params())
                .containsEntry("gamma", 1.99).containsEntry("fstar", 0.0);
    }
}
