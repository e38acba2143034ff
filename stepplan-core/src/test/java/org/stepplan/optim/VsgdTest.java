package org.stepplan.optim;

import org.stepplan.methods.Methods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.stepplan.core.Capability;
import org.stepplan.core.Oracle;
import org.stepplan.core.SeparableQuadratic;
import org.stepplan.run.Minimizer;
import org.stepplan.run.Monitor;
import org.stepplan.run.Result;
import org.stepplan.run.Status;
import org.stepplan.run.StoppingRules;
import org.stepplan.run.TraceMemory;

class VsgdTest {

    private static final Offset<Double> TOL = within(1e-13);

    /**
     * Script for the hand derivation: c = (1, 2), w_0 = (0, 2); sample s has grad_i = a_si (w_i - c_i) + xi_si and
     * diag H = a_s. Component 1 starts at c_1 with xi = 0, so its gradient is 0 throughout (the edge case); sample 1
     * has negative curvature a_10 = -2 (taken in absolute value, as the code's abs(currentDiagHess)).
     */
    private static ScriptedQuadratic script() {
        return new ScriptedQuadratic(
                new double[][] {{2, 1}, {-2, 3}, {4, 1}, {2, 1}, {1, 1}},
                new double[][] {{0, 0}, {1, 0}, {-1, 0}, {0.5, 0}, {0, 0}},
                new double[] {1, 2});
    }

    /**
     * S = 2, C = 2, epsilon = 0.5 (large, so that every place epsilon enters shows in the numbers). Exact rationals,
     * by hand from docs/methods.md §9 and vsgd.py:
     * <pre>
     * init at w_0 = (0, 2), samples 0, 1:  g_0 = (-2, 0), |h_0| = (2, 1);  g_1 = (2 + 1, 0) = (3, 0), |h_1| = (|-2|, 3)
     *   gbar = ((-2 + 3)/2, 0) = (1/2, 0);  vbar = ((4 + 9)/2 + 1/2) * 2 = 14, (0 + 1/2) * 2 = 1;
     *   hbar = ((2 + 2)/2, (1 + 3)/2) = (2, 2);  tau = (1 + 1/2) * 2 = 3
     * step 1, sample 2 at w_0: g = (4*(0-1) - 1, 0) = (-5, 0), |h| = (4, 1); fract = 1/3
     *   i=0: gbar = 1/2 * 2/3 - 5/3 = -4/3;  vbar = 14 * 2/3 + (25/3 + 1/2) = 109/6;  hbar = 2*2/3 + 4/3 = 8/3
     *        vpart = (16/9)/(109/6) = 32/327;  tau = 3 (1 - 32/327) + 3/2 = 917/218
     *        eta = (32/327)/(8/3 + 1/2) = 64/2071;  w = 0 - 64/2071 * (-5) = 320/2071 = 0.15451472718493481
     *   i=1: gbar = 0; vbar = 2/3 + (0 + 1/2) = 7/6; hbar = 4/3 + 1/3 = 5/3; vpart = 0; tau = 3 + 3/2 = 9/2
     *        eta = 0; w = 2 (unchanged)
     * step 2, sample 3 at w = 320/2071: g_0 = 2 (320/2071 - 1) + 1/2 = -4933/4142, |h_0| = 2;  fract_0 = 218/917
     *   i=0: gbar = -22641/17423 = -1.2994891809676863;  vbar = 14.685074769074983;  hbar = 2300/917
     *        vpart = 0.11499240950466323;  tau = 5.2227154150652471;  eta = 0.038226586737638638
     *        w = 0.20004146604943782
     *   i=1: fract = 2/9; vbar = 7/6 * 7/9 + 1/2 = 38/27; hbar = 5/3 * 7/9 + 2/9 = 41/27; tau = 9/2 + 3/2 = 6; eta = 0
     * step 3, sample 4 (a = 1, xi = 0) at w_0 = 0.20004146604943782: g_0 = w_0 - 1, |h_0| = 1
     *   i=0: gbar = -1.2038434091195407; vbar = 12.495833637436723; hbar = 2.2194059119328786
     *        vpart = 0.11597777273048275; tau = 6.1169965136208209; eta = 0.042648202028820678
     *        w = 0.2341582592200406
     *   i=1: fract = 1/6; vbar = 38/27 * 5/6 + 1/2 = 271/162; hbar = 41/27 * 5/6 + 1/6 = 116/81; tau = 15/2; eta = 0
     * </pre>
     */
    @Test
    void firstThreeStepsFollowTheCodeIncludingAZeroGradientComponent() {
        Oracle oracle = Oracle.of(script(), new SplittableRandom(1));
        Optimizer opt = Methods.configure("vsgd", Map.of("init_samples", "2", "slow_constant", "2",
                "epsilon", "0.5")).create(2);
        double[] w = {0, 2};
        assertThat(opt.stepSize(0)).isZero();

        opt.step(w, oracle);
        assertThat(oracle.gradientEvaluations()).isEqualTo(3); // 2 initial samples + the step's own
        assertThat(oracle.hessianEvaluations()).isEqualTo(3);
        OptimizerState s = opt.snapshot();
        assertThat(s.array("gbar")).containsExactly(new double[] {-4.0 / 3, 0}, TOL);
        assertThat(s.array("vbar")).containsExactly(new double[] {109.0 / 6, 7.0 / 6}, TOL);
        assertThat(s.array("hbar")).containsExactly(new double[] {8.0 / 3, 5.0 / 3}, TOL);
        assertThat(s.array("tau")).containsExactly(new double[] {917.0 / 218, 4.5}, TOL);
        assertThat(opt.stepSize(0)).isCloseTo(64.0 / 2071, TOL);
        assertThat(opt.stepSize(1)).isZero();
        assertThat(w[0]).isCloseTo(320.0 / 2071, TOL);
        assertThat(w[1]).isEqualTo(2.0);

        opt.step(w, oracle);
        s = opt.snapshot();
        assertThat(s.array("gbar")[0]).isCloseTo(-22641.0 / 17423, TOL);
        assertThat(s.array("vbar")[0]).isCloseTo(14.685074769074983, TOL);
        assertThat(s.array("hbar")).containsExactly(new double[] {2300.0 / 917, 41.0 / 27}, TOL);
        assertThat(s.array("vbar")[1]).isCloseTo(38.0 / 27, TOL);
        assertThat(s.array("tau")).containsExactly(new double[] {5.2227154150652471, 6}, TOL);
        assertThat(opt.stepSize(0)).isCloseTo(0.038226586737638638, TOL);
        assertThat(w[0]).isCloseTo(0.20004146604943782, TOL);

        opt.step(w, oracle);
        s = opt.snapshot();
        assertThat(s.array("gbar")[0]).isCloseTo(-1.2038434091195407, TOL);
        assertThat(s.array("vbar")).containsExactly(new double[] {12.495833637436723, 271.0 / 162}, TOL);
        assertThat(s.array("hbar")).containsExactly(new double[] {2.2194059119328786, 116.0 / 81}, TOL);
        assertThat(s.array("vpart")).containsExactly(new double[] {0.11597777273048275, 0}, TOL);
        assertThat(s.array("tau")).containsExactly(new double[] {6.1169965136208209, 7.5}, TOL);
        assertThat(opt.stepSize(0)).isCloseTo(0.042648202028820678, TOL);
        assertThat(opt.stepSize(1)).isZero();
        assertThat(w[0]).isCloseTo(0.2341582592200406, TOL);
        assertThat(w[1]).isEqualTo(2.0);
        assertThat(oracle.gradientEvaluations()).isEqualTo(5);
        assertThat(oracle.hessianEvaluations()).isEqualTo(5);
    }

    /**
     * S = 0 (the code's "start small" branch), epsilon = 0.5, on 0.5*2*(w - 1)^2 from w = 0 (g = -2, h = 2):
     * gbar = 0, vbar = 1/2, hbar = 1, tau = 3; fract = 1/3; gbar = -2/3; vbar = 1/2*2/3 + (4/3 + 1/2) = 13/6;
     * hbar = 2/3 + 2/3 = 4/3; vpart = (4/9)/(13/6) = 8/39; eta = (8/39)/(4/3 + 1/2) = 16/143; w = 32/143.
     */
    @Test
    void withoutInitialSamplesTheStatisticsStartSmall() {
        ScriptedQuadratic q = new ScriptedQuadratic(new double[][] {{2}}, new double[][] {{0}}, new double[] {1});
        Oracle oracle = Oracle.of(q, new SplittableRandom(1));
        Optimizer opt = Methods.configure("vsgd", Map.of("init_samples", "0", "epsilon", "0.5")).create(1);
        double[] w = {0};
        opt.step(w, oracle);
        assertThat(oracle.gradientEvaluations()).isEqualTo(1);
        assertThat(opt.stepSize(0)).isCloseTo(16.0 / 143, TOL);
        assertThat(w[0]).isCloseTo(32.0 / 143, TOL);
    }

    @Test
    void theDefaultInitialisationCostsTenExtraEvaluationsOnTheFirstStepOnly() {
        assertThat(Methods.configure("vsgd", Map.of()).params()).containsExactly(
                Map.entry("init_samples", 10), Map.entry("slow_constant", 2.0), Map.entry("epsilon", 1e-9));
        Oracle oracle = Oracle.of(ScriptedQuadratic.wellConditioned(), new SplittableRandom(1));
        Optimizer opt = Methods.configure("vsgd", Map.of()).create(3);
        double[] w = {3, 2, -2};
        long[] expected = {11, 1, 1, 1};
        for (long e : expected) {
            long g0 = oracle.gradientEvaluations();
            long h0 = oracle.hessianEvaluations();
            opt.step(w, oracle);
            assertThat(oracle.gradientEvaluations() - g0).isEqualTo(e);
            assertThat(oracle.hessianEvaluations() - h0).isEqualTo(e);
            assertThat(oracle.functionEvaluations()).isZero();
        }
    }

    @Test
    void snapshotRestoreIsExactWithTheDefaultInitialisation() {
        Optimizer straight = Methods.configure("vsgd", Map.of()).create(2);
        Oracle o1 = Oracle.of(script(), new SplittableRandom(1));
        double[] w1 = {0, 2};
        for (int k = 0; k < 9; k++) {
            straight.step(w1, o1);
        }
        Optimizer first = Methods.configure("vsgd", Map.of()).create(2);
        Oracle o2 = Oracle.of(script(), new SplittableRandom(1));
        double[] w2 = {0, 2};
        for (int k = 0; k < 4; k++) {
            first.step(w2, o2);
        }
        Optimizer resumed = Methods.configure("vsgd", Map.of()).create(2);
        resumed.restore(first.snapshot());
        for (int k = 0; k < 5; k++) {
            resumed.step(w2, o2); // no second initialisation: the restored state is initialised
        }
        assertThat(o2.gradientEvaluations()).isEqualTo(o1.gradientEvaluations());
        assertThat(w2).isEqualTo(w1);
        assertThat(resumed.stepSize(0)).isEqualTo(straight.stepSize(0));
    }

    @Test
    void requiresTheHessianDiagonalAndRefusesAnObjectiveWithoutIt() {
        assertThat(Methods.configure("vsgd", Map.of()).requires()).containsExactly(Capability.DIAGONAL_HESSIAN);
        assertThat(Methods.get("vsgd").summary()).contains("needs the diagonal of the Hessian");
        Oracle oracle = Oracle.of(SeparableQuadratic.wellConditioned());
        Optimizer opt = Methods.configure("vsgd", Map.of()).create(3);
        assertThatThrownBy(() -> opt.step(new double[3], oracle))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'vsgd'")
                .hasMessageContaining("the diagonal of the Hessian");
        assertThat(oracle.gradientEvaluations()).isZero();
    }

    @Test
    void aZeroGradientAndZeroCurvatureKeepEverythingFinite() {
        // flat objective: g = 0 and H = 0; vbar > 0 by epsilon, so vpart = 0 and eta = 0
        ScriptedQuadratic flat = new ScriptedQuadratic(new double[][] {{0, 0}}, new double[][] {{0, 0}},
                new double[] {0, 0});
        Oracle oracle = Oracle.of(flat, new SplittableRandom(1));
        Optimizer opt = Methods.configure("vsgd", Map.of()).create(2);
        double[] w = {1, -1};
        for (int k = 0; k < 12; k++) {
            opt.step(w, oracle);
            assertThat(w).containsExactly(1, -1);
            assertThat(opt.stepSize(0)).isZero();
        }
    }

    @Test
    void aNonFiniteGradientEndsTheRunAsDiverged() {
        ScriptedQuadratic poisoned = new ScriptedQuadratic(new double[][] {{1, 1}, {1, 1}, {1, 1}},
                new double[][] {{0, 0}, {0, 0}, {Double.NaN, 0}}, new double[] {1, 1});
        Oracle oracle = Oracle.of(poisoned, new SplittableRandom(1));
        Result r = Minimizer.minimize(oracle, Methods.configure("vsgd", Map.of("init_samples", "0")),
                new double[] {3, 2}, Monitor.of(new ScriptedQuadratic(new double[][] {{1, 1}},
                        new double[][] {{0, 0}}, new double[] {1, 1}).expectation(), null),
                StoppingRules.iterations(10), TraceMemory.ALL);
        assertThat(r.status()).isEqualTo(Status.DIVERGED);
        assertThat(r.iterations()).isEqualTo(3);
        assertThat(r.trace()).hasSize(3).allSatisfy(row -> assertThat(row.loss()).isFinite());
    }
}
