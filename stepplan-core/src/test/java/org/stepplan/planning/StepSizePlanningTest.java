package org.stepplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepplan.core.Oracle;
import org.stepplan.core.SeparableQuadratic;
import org.stepplan.methods.Methods;
import org.stepplan.optim.Optimizer;
import org.stepplan.optim.OptimizerConfig;
import org.stepplan.optim.OptimizerState;

class StepSizePlanningTest {

    private static final SeparableQuadratic Q = new SeparableQuadratic(new double[] {4, 1}, new double[] {1, 1});

    /** Iterations (1-based) at which planning happened in the first {@code n} steps. */
    private static List<Integer> planIterations(StepSizePlanning.Config config, int n) {
        Oracle oracle = Oracle.of(Q);
        Optimizer opt = config.create(2);
        double[] w = {-1, 2};
        List<Integer> plans = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            opt.step(w, oracle);
            if (opt.lastEvent().equals(StepSizePlanning.PLAN_EVENT)) {
                plans.add(k);
            }
        }
        return plans;
    }

    @ParameterizedTest(name = "K={0}")
    @ValueSource(ints = {1, 2, 3, 5})
    void plansEveryKIterationsFromIteration2K(int k) {
        List<Integer> expected = new ArrayList<>();
        for (int i = 2 * k; i <= 20; i += k) {
            expected.add(i);
        }
        assertThat(planIterations(StepSizePlanning.Config.csawg(0.1, k), 20)).isEqualTo(expected);
    }

    @Test
    void csaugPlanCostsPTimesOnePlusMFreshGradients() {
        Oracle oracle = Oracle.of(Q);
        StepSizePlanning.Config config = StepSizePlanning.Config.csaug(0.1, 2, 5, 10);
        Optimizer opt = config.create(2);
        double[] w = {-1, 2};
        for (int k = 1; k <= 6; k++) {
            opt.step(w, oracle);
        }
        // k = 6 iterations, plans at k = 4 and 6, each 5 * (1 + 10) = 55
        assertThat(config.evaluationsPerPlan()).isEqualTo(55);
        assertThat(StepSizePlanning.Config.csaug(0.1, 2, Integer.MAX_VALUE, Integer.MAX_VALUE).evaluationsPerPlan())
                .isEqualTo(2_147_483_647L * 2_147_483_648L);
        assertThat(oracle.gradientEvaluations()).isEqualTo(6 + 2 * 55);
    }

    @Test
    void staleReadingsCostNoExtraEvaluations() {
        Oracle oracle = Oracle.of(Q);
        Map<String, String> stale = Map.of("gamma", "0.1", "horizon", "2", "projection_gradient", "stale",
                "correction_gradient", "stale");
        OptimizerConfig config = Methods.configure("csaug", stale);
        assertThat(((StepSizePlanning.Config) config).evaluationsPerPlan()).isZero();
        Optimizer opt = config.create(2);
        double[] w = {-1, 2};
        for (int k = 1; k <= 6; k++) {
            opt.step(w, oracle);
        }
        assertThat(oracle.gradientEvaluations()).isEqualTo(6);
    }

    /**
     * Hand computation, f = 0.5 (4 (w1-1)^2 + (w2-1)^2), gamma = 0.1, K = 1, w0 = (-1, 2), pairing A.
     * k=1: g1 = (4*(-2), 1) = (-8, 1); w1 = (-1 + 0.8, 2 - 0.1) = (-0.2, 1.9). B1 = {(w1, g1)}.
     * k=2: g2 = (4*(-1.2), 0.9) = (-4.8, 0.9); w2 = (-0.2 + 0.48, 1.9 - 0.09) = (0.28, 1.81). B2 = {(w2, g2)}: plan.
     *      sum1 = g1 ⊙ (w1 - w2) = (-8 * -0.48, 1 * 0.09) = (3.84, 0.09); sum2 = (64, 1);
     *      alpha = (0.06, 0.09). Fresh gradient at w2: (4 * -0.72, 0.81) = (-2.88, 0.81);
     *      w = (0.28 + 0.06*2.88, 1.81 - 0.09*0.81) = (0.4528, 1.7371).
     */
    @Test
    void firstPlanMatchesTheHandComputation() {
        Oracle oracle = Oracle.of(Q);
        Optimizer opt = StepSizePlanning.Config.csawg(0.1, 1).create(2);
        double[] w = {-1, 2};
        opt.step(w, oracle);
        assertThat(w[0]).isCloseTo(-0.2, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(w[1]).isCloseTo(1.9, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(opt.stepSize(0)).isEqualTo(0.0);
        opt.step(w, oracle);
        assertThat(opt.lastEvent()).isEqualTo("plan");
        assertThat(opt.stepSize(0)).isCloseTo(0.06, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(opt.stepSize(1)).isCloseTo(0.09, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(w[0]).isCloseTo(0.4528, org.assertj.core.api.Assertions.within(1e-14));
        assertThat(w[1]).isCloseTo(1.7371, org.assertj.core.api.Assertions.within(1e-14));
        assertThat(oracle.gradientEvaluations()).isEqualTo(3);
    }

    @Test
    void zeroGradientComponentGetsZeroStepSize() {
        // f depends on w1 only: the second gradient component is always exactly 0, so sum2(2) == 0 -> alpha(2) = 0.
        SeparableQuadratic flat = new SeparableQuadratic(new double[] {2, 0}, new double[] {1, 0});
        Oracle oracle = Oracle.of(flat);
        Optimizer opt = StepSizePlanning.Config.csawg(0.1, 2).create(2);
        double[] w = {3, 5};
        for (int k = 0; k < 4; k++) {
            opt.step(w, oracle);
        }
        assertThat(opt.lastEvent()).isEqualTo("plan");
        assertThat(opt.stepSize(1)).isEqualTo(0.0);
        assertThat(w[1]).isEqualTo(5.0);
        assertThat(opt.stepSize(0)).isPositive();
    }

    @Test
    void stateHoldsAtMost2KPlus4VectorsOfLengthD() {
        int k = 10;
        Optimizer opt = StepSizePlanning.Config.csaug(0.1, k, 5, 10).create(3);
        OptimizerState state = opt.snapshot();
        int vectors = state.arrayCount(); // every array in the snapshot has length d
        for (String name : state.arrayNames()) {
            assertThat(state.array(name)).hasSize(3);
        }
        // the snapshot holds the ring (2K), sum1, sum2 and alpha; the live optimizer adds one gradient buffer
        assertThat(vectors + 1).isLessThanOrEqualTo(2 * k + 4);
    }

    @Test
    void bufferedVectorsAreCopiesSoLaterChangesToTheCallersArraysDoNotAlterTheFit() {
        ExperienceBuffer clean = new ExperienceBuffer(2, 1);
        ExperienceBuffer mutated = new ExperienceBuffer(2, 1);
        double[][] ws = {{1}, {2}, {4}, {7}};
        double[][] gs = {{-1}, {-2}, {-3}, {-4}};
        for (int s = 0; s < 4; s++) {
            clean.add(ws[s].clone(), gs[s].clone());
            double[] w = ws[s].clone();
            double[] g = gs[s].clone();
            mutated.add(w, g);
            w[0] = 1e9; // the caller reuses its arrays in place, as every optimizer does
            g[0] = -1e9;
        }
        DiagonalStepSizeModel a = new DiagonalStepSizeModel(1, 0);
        DiagonalStepSizeModel b = new DiagonalStepSizeModel(1, 0);
        a.fit(clean);
        b.fit(mutated);
        // sum1 = -1 * (1 - 4) + -2 * (2 - 7) = 13; sum2 = 1 + 4 = 5
        assertThat(a.alpha(0)).isEqualTo(13.0 / 5.0);
        assertThat(b.alpha(0)).isEqualTo(a.alpha(0));
    }

    @Test
    void theFusedOnlineStepEqualsTheStepThenTheAddBitForBit() {
        ExperienceBuffer apart = new ExperienceBuffer(3, 4);
        ExperienceBuffer fused = new ExperienceBuffer(3, 4);
        java.util.SplittableRandom rng = new java.util.SplittableRandom(7);
        double[] w1 = {0.3, -1.7, 2.9, 1e-3};
        double[] w2 = w1.clone();
        double gamma = 0.037;
        for (int k = 0; k < 11; k++) {
            double[] g = new double[4];
            for (int i = 0; i < 4; i++) {
                g[i] = rng.nextDouble(-5, 5) * w1[i];
            }
            for (int i = 0; i < 4; i++) {
                w1[i] = w1[i] - gamma * g[i];
            }
            boolean readyApart = apart.add(w1, g);
            assertThat(fused.descendAndAdd(w2, g, gamma)).isEqualTo(readyApart);
            assertThat(w2).containsExactly(w1);
            assertThat(fused.sumWeightTimesGradient()).containsExactly(apart.sumWeightTimesGradient());
            assertThat(fused.sumSquaredGradient()).containsExactly(apart.sumSquaredGradient());
        }
        assertThat(fused.lastGradient()).containsExactly(apart.lastGradient());
    }

    @Test
    void pairingBUsesTheWeightWhereTheGradientWasTaken() {
        Oracle oracle = Oracle.of(Q);
        Optimizer opt = Methods.configure("csawg", Map.of("gamma", "0.1", "horizon", "1", "pairing", "B")).create(2);
        double[] w = {-1, 2};
        opt.step(w, oracle);
        opt.step(w, oracle);
        // B1 = {(w0, g1)}, B2 = {(w1, g2)}: sum1 = g1 ⊙ (w0 - w1) = (-8 * -0.8, 1 * 0.1); sum2 = (64, 1)
        assertThat(opt.stepSize(0)).isCloseTo(0.1, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(opt.stepSize(1)).isCloseTo(0.1, org.assertj.core.api.Assertions.within(1e-15));
    }

    @Test
    void storeProjectedOverwritesTheLastBufferedWeight() {
        Map<String, String> base = Map.of("gamma", "0.1", "horizon", "1");
        Map<String, String> stored = Map.of("gamma", "0.1", "horizon", "1", "store_projected", "true");
        double[] plain = runSteps(Methods.configure("csawg", base).create(2), 3);
        double[] projected = runSteps(Methods.configure("csawg", stored).create(2), 3);
        assertThat(projected).isNotEqualTo(plain); // the second fit sees the planned jump differently
    }

    private static double[] runSteps(Optimizer opt, int n) {
        Oracle oracle = Oracle.of(Q);
        double[] w = {-1, 2};
        for (int k = 0; k < n; k++) {
            opt.step(w, oracle);
        }
        return w;
    }

    @Test
    void invalidHyperParametersNameTheField() {
        assertThatThrownBy(() -> StepSizePlanning.Config.csawg(Double.NaN, 2)).hasMessageContaining("gamma");
        assertThatThrownBy(() -> StepSizePlanning.Config.csawg(0.1, 0)).hasMessageContaining("horizon");
        assertThatThrownBy(() -> StepSizePlanning.Config.csaug(0.1, 2, 0, 1)).hasMessageContaining("projections");
        assertThatThrownBy(() -> StepSizePlanning.Config.csaug(0.1, 2, 1, -1)).hasMessageContaining("corrections");
        assertThatThrownBy(() -> Methods.configure("csawg", Map.of("zero_tolerance", "-1")))
                .hasMessageContaining("zero_tolerance");
    }
}
