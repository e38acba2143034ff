package org.stepplan.optim;

import org.stepplan.methods.Methods;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.stepplan.core.Oracle;
import org.stepplan.core.SeparableQuadratic;

class SpsTest {

    private static Optimizer sps(Map<String, String> params, int d) {
        return Methods.configure("sps", params).create(d);
    }

    private static Oracle quadratic(double... q) {
        return Oracle.of(new SeparableQuadratic(q, new double[q.length]));
    }

    /*
     * smooth_iter, c = 0.5, eps = 1e-8 (the class default), init_step_size = 1, gamma = 2, n_batches_per_epoch = 1
     * (coeff = 2^(1/1) = 2), fstar = 0.25 which smooth_iter must NOT subtract.
     * f(w) = 0.5 (w1^2 + 2 w2^2), w0 = (2, 1); s = min(2 prev, f / (0.5 ||g||^2 + 1e-8)), exact fractions:
     *   k=1: f = 3, g = (2, 2), ||g||^2 = 8: candidate 3/(4 + 1e-8) = 0.749999998125 < cap 2
     *        (with f* subtracted it would be 2.75/4 = 0.6875); w1 = (0.50000000375, -0.49999999625)
     *   k=2: f = 0.375000..., g = (w1_1, 2 w1_2): s = 0.5999999928 < cap 1.499999996;
     *        w2 = (0.2000000051, 0.0999999920500001)
     *   k=3: s = 0.7499998387500306 < cap 1.1999999856; w3 = (0.05000003352499469, -0.049999963775008746)
     */
    @Test
    void smoothIterFirstThreeStepsIgnoreFstarAndAddEpsToTheDenominator() {
        Oracle oracle = quadratic(1, 2);
        Optimizer opt = sps(Map.of("fstar", "0.25", "n_batches_per_epoch", "1"), 2);
        double[] w = {2, 1};
        assertThat(opt.stepSize(0)).isEqualTo(1.0); // init_step_size before the first step

        opt.step(w, oracle);
        Close.rel(opt.stepSize(0), 0.749999998125);
        Close.weights(w, 0.50000000375, -0.49999999625);
        opt.step(w, oracle);
        Close.rel(opt.stepSize(0), 0.5999999928);
        Close.weights(w, 0.2000000051, 0.0999999920500001);
        opt.step(w, oracle);
        Close.rel(opt.stepSize(0), 0.7499998387500306);
        Close.weights(w, 0.05000003352499469, -0.049999963775008746);
        assertThat(oracle.gradientEvaluations()).isEqualTo(3);
        assertThat(oracle.functionEvaluations()).isZero();
    }

    /*
     * The smooth cap binds. f(w) = 0.5 w^2, w0 = 2, c = 0.5, eps = 0, init_step_size = 0.1, gamma = 2, n_b = 1:
     * the candidate f/(0.5 g^2) is exactly 1 at every w, so s_k = min(2 s_{k-1}, 1):
     *   k=1: s = 0.2, w1 = 2 - 0.4 = 1.6;   k=2: s = 0.4, w2 = 1.6 - 0.64 = 0.96;
     *   k=3: s = 0.8, w3 = 0.96 - 0.768 = 0.192
     */
    @Test
    void smoothCapGrowsByGammaPerEpoch() {
        Oracle oracle = quadratic(1);
        Optimizer opt = sps(Map.of("eps", "0", "init_step_size", "0.1", "n_batches_per_epoch", "1"), 1);
        double[] w = {2};
        double[] steps = {0.2, 0.4, 0.8};
        double[] ws = {1.6, 0.96, 0.192};
        for (int k = 0; k < 3; k++) {
            opt.step(w, oracle);
            Close.rel(opt.stepSize(0), steps[k]);
            Close.weights(w, ws[k]);
        }
    }

    /*
     * constant mode (SPS_max): c = 0.5, fstar = 0.1, eta_max = 0.75, eps = 0. f(w) = 0.5 w^2, w0 = 4:
     *   k=1: f = 8,       g = 4: (8 - 0.1)/(0.5*16) = 0.9875 -> min(0.75, .) = 0.75, w1 = 4 - 3 = 1
     *   k=2: f = 0.5,     g = 1: (0.5 - 0.1)/0.5 = 0.8       -> 0.75,                 w2 = 1 - 0.75 = 0.25
     *   k=3: f = 0.03125 < f* = 0.1 -> step 0, w3 = 0.25
     */
    @Test
    void constantModeCapsAtEtaMaxAndStopsBelowFstar() {
        Oracle oracle = quadratic(1);
        Optimizer opt = sps(Map.of("mode", "constant", "fstar", "0.1", "eta_max", "0.75", "eps", "0"), 1);
        double[] w = {4};
        opt.step(w, oracle);
        assertThat(opt.stepSize(0)).isEqualTo(0.75);
        Close.weights(w, 1.0);
        opt.step(w, oracle);
        assertThat(opt.stepSize(0)).isEqualTo(0.75);
        Close.weights(w, 0.25);
        opt.step(w, oracle);
        assertThat(opt.stepSize(0)).isZero();
        assertThat(w[0]).isEqualTo(0.25);
    }

    /*
     * constant mode without eta_max: no cap. Same problem: k=1: s = 7.9/8 = 0.9875, w1 = 4 - 3.95 = 0.05;
     * k=2: f = 0.00125 < 0.1 -> 0; k=3: 0.
     */
    @Test
    void constantModeHasNoCapByDefault() {
        Oracle oracle = quadratic(1);
        Optimizer opt = sps(Map.of("mode", "constant", "fstar", "0.1", "eps", "0"), 1);
        double[] w = {4};
        opt.step(w, oracle);
        Close.rel(opt.stepSize(0), 0.9875);
        Close.weights(w, 0.05);
        for (int k = 2; k <= 3; k++) {
            opt.step(w, oracle);
            assertThat(opt.stepSize(0)).isZero();
            Close.weights(w, 0.05);
        }
    }

    /*
     * The zero-step quirk. Samples visited in turn: f_1 = 0.5 w^2, f_2 = 0 (zero gradient), f_3 = 0.5 w^2.
     * smooth_iter, eps = 0, init_step_size = 0.1, gamma = 2, n_b = 1; w0 = 2:
     *   k=1: candidate 1, cap 0.2 -> s = 0.2, w1 = 1.6
     *   k=2: gn = 0 < 1e-8 -> s = 0, no update, 0 is stored
     *   k=3: candidate 1; sticky_zero=true (the code): cap 2*0 = 0 -> s = 0, w3 = 1.6 (and 0 for ever)
     *                     sticky_zero=false (guard):   cap 2*0.2 = 0.4 -> s = 0.4, w3 = 1.6 - 0.64 = 0.96
     */
    @Test
    void aStoredZeroStepSticksUnlessGuarded() {
        for (boolean sticky : new boolean[] {true, false}) {
            Oracle oracle = Oracle.of(new CyclingQuadratic(new double[][] {{1}, {0}, {1}},
                    new double[][] {{0}, {0}, {0}}), new SplittableRandom(1));
            Optimizer opt = sps(Map.of("eps", "0", "init_step_size", "0.1", "n_batches_per_epoch", "1",
                    "sticky_zero", Boolean.toString(sticky)), 1);
            double[] w = {2};
            opt.step(w, oracle);
            Close.rel(opt.stepSize(0), 0.2);
            Close.weights(w, 1.6);
            opt.step(w, oracle);
            assertThat(opt.stepSize(0)).isZero();
            Close.weights(w, 1.6);
            opt.step(w, oracle);
            if (sticky) {
                assertThat(opt.stepSize(0)).isZero();
                Close.weights(w, 1.6);
            } else {
                Close.rel(opt.stepSize(0), 0.4);
                Close.weights(w, 0.96);
            }
        }
    }

    /* The threshold is on the norm, strictly: ||g|| = 5e-9 gives no step, ||g|| = 2e-8 a full Polyak step. */
    @Test
    void gradientNormBelow1e8GivesAZeroStep() {
        Optimizer opt = sps(Map.of("mode", "constant", "eps", "0"), 1);
        double[] w = {5e-9};
        opt.step(w, quadratic(1));
        assertThat(opt.stepSize(0)).isZero();
        assertThat(w[0]).isEqualTo(5e-9);
        w[0] = 2e-8; // f = 2e-16, g = 2e-8: (f - 0)/(0.5 g^2) = 1, w = 0
        opt.step(w, quadratic(1));
        Close.rel(opt.stepSize(0), 1.0);
        assertThat(w[0]).isZero();
    }
}
