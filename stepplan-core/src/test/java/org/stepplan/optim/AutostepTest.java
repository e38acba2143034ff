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

class AutostepTest {

    private static final Offset<Double> TOL = within(1e-12);

    /**
     * mu = 0.5, tau = 2, alpha_0 = 0.25, w = v = h = 0; examples (x, y*) = ((1, 1), 1), ((2, 1), 2), ((1, -1), 0).
     * By hand from docs/methods.md §7:
     * <pre>
     * step 1: delta = 1. z_i = delta x_i h_i = 0, v_i = max(0, 0 + (1/2) 0.25 x_i^2 (0 - 0)) = 0:
     *         v == 0, so the alpha update is SKIPPED (mu z/v would be 0/0 = NaN).
     *         M = max(0.25 + 0.25, 1) = 1;  alpha = 0.25;  w_i = 0.25;  h_i = 0 (1 - 0.25) + 0.25 = 0.25.
     * step 2: delta = 2 - (0.25*2 + 0.25*1) = 1.25.
     *   i=0:  z = 1.25*2*0.25 = 0.625;   v = max(0.625, 0 + 0.5*0.25*4*(0.625 - 0)) = max(0.625, 0.3125) = 0.625
     *         alpha = 0.25 exp(0.5 * 0.625/0.625) = 0.25 e^0.5
     *   i=1:  z = 1.25*1*0.25 = 0.3125;  v = max(0.3125, 0.5*0.25*1*0.3125) = 0.3125;  alpha = 0.25 e^0.5
     *         M = max(0.25 e^0.5 (4 + 1), 1) = 2.0609015883751602 &gt; 1, so alpha_i = 0.25 e^0.5 / M = 1/5 = 0.2
     *   i=0:  w = 0.25 + 0.2*1.25*2 = 0.75;  h = 0.25 (1 - 0.2*4) + 0.2*1.25*2 = 0.55
     *   i=1:  w = 0.25 + 0.2*1.25*1 = 0.5;   h = 0.25 (1 - 0.2) + 0.2*1.25 = 0.45
     * step 3: delta = 0 - (0.75 - 0.5) = -0.25.
     *   i=0:  z = -0.25*1*0.55 = -0.1375;  v = max(0.1375, 0.625 + 0.5*0.2*1*(0.1375 - 0.625)) = 0.57625   (OLD alpha)
     *         alpha = 0.2 exp(0.5*(-0.1375)/0.57625) = 0.17750726004039772
     *   i=1:  z = -0.25*(-1)*0.45 = 0.1125;  v = max(0.1125, 0.3125 + 0.5*0.2*(0.1125 - 0.3125)) = 0.2925
     *         alpha = 0.2 exp(0.5*0.1125/0.2925) = 0.24240867920509914
     *         M = max(0.1775 + 0.2424, 1) = 1
     *   i=0:  w = 0.75 + alpha*(-0.25)*1 = 0.70562318498990057;  h = 0.55 (1 - alpha) - 0.25 alpha = 0.40799419196768182
     *   i=1:  w = 0.5 + alpha*(-0.25)*(-1) = 0.56060216980127478; h = 0.45 (1 - alpha) + 0.25 alpha = 0.40151826415898017
     * </pre>
     */
    @Test
    void firstThreeStepsFollowTheSpecIncludingTheZeroNormaliserSkip() {
        ScriptedExamples examples = new ScriptedExamples(new double[][] {{1, 1}, {2, 1}, {1, -1}},
                new double[] {1, 2, 0});
        Oracle oracle = Oracle.of(examples, new SplittableRandom(1));
        Optimizer opt = Methods.configure("autostep", Map.of("mu", "0.5", "tau", "2", "init_alpha", "0.25"))
                .create(2);
        double[] w = {0, 0};

        opt.step(w, oracle);
        assertThat(opt.stepSize(0)).isEqualTo(0.25); // v == 0: untouched, not NaN
        assertThat(opt.stepSize(1)).isEqualTo(0.25);
        assertThat(opt.snapshot().array("v")).containsExactly(0, 0);
        assertThat(w).containsExactly(0.25, 0.25);
        assertThat(opt.snapshot().array("h")).containsExactly(0.25, 0.25);

        opt.step(w, oracle);
        assertThat(opt.snapshot().array("v")).containsExactly(new double[] {0.625, 0.3125}, within(1e-15));
        assertThat(opt.stepSize(0)).isCloseTo(0.2, TOL); // normalised by M = 2.06
        assertThat(opt.stepSize(1)).isCloseTo(0.2, TOL);
        assertThat(w[0]).isCloseTo(0.75, TOL);
        assertThat(w[1]).isCloseTo(0.5, TOL);
        double[] h = opt.snapshot().array("h");
        assertThat(h[0]).isCloseTo(0.55, TOL);
        assertThat(h[1]).isCloseTo(0.45, TOL);

        opt.step(w, oracle);
        double[] v = opt.snapshot().array("v");
        assertThat(v[0]).isCloseTo(0.57625, TOL);
        assertThat(v[1]).isCloseTo(0.2925, TOL);
        assertThat(opt.stepSize(0)).isCloseTo(0.17750726004039772, TOL);
        assertThat(opt.stepSize(1)).isCloseTo(0.24240867920509914, TOL);
        assertThat(w[0]).isCloseTo(0.70562318498990057, TOL);
        assertThat(w[1]).isCloseTo(0.56060216980127478, TOL);
        h = opt.snapshot().array("h");
        assertThat(h[0]).isCloseTo(0.40799419196768182, TOL);
        assertThat(h[1]).isCloseTo(0.40151826415898017, TOL);
        assertThat(oracle.gradientEvaluations()).isEqualTo(3);
    }

    @Test
    void requiresLinearExamplesAndRefusesAnyOtherObjectiveNamingTheMethod() {
        assertThat(Methods.configure("autostep", Map.of()).requires()).containsExactly(Capability.LINEAR_EXAMPLES);
        Oracle oracle = Oracle.of(SeparableQuadratic.wellConditioned());
        Optimizer opt = Methods.configure("autostep", Map.of()).create(3);
        assertThatThrownBy(() -> opt.step(new double[3], oracle))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'autostep'")
                .hasMessageContaining("needs linear least-mean-squares examples");
        assertThat(oracle.gradientEvaluations()).isZero();
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        assertThat(Methods.configure("autostep", Map.of()).params()).containsExactly(
                Map.entry("mu", 0.01), Map.entry("tau", 1e4), Map.entry("init_alpha", 0.001));
    }

    @Test
    void zeroInputsLeaveEverythingFinite() {
        // x = 0: z = 0 and v stays 0 for ever; the skip keeps alpha finite
        ScriptedExamples zero = new ScriptedExamples(new double[][] {{0, 0}}, new double[] {1});
        Oracle oracle = Oracle.of(zero, new SplittableRandom(1));
        Optimizer opt = Methods.configure("autostep", Map.of()).create(2);
        double[] w = {0.5, -0.5};
        for (int k = 0; k < 10; k++) {
            opt.step(w, oracle);
        }
        assertThat(w).containsExactly(0.5, -0.5);
        assertThat(opt.stepSize(0)).isEqualTo(0.001);
        assertThat(opt.stepSize(1)).isEqualTo(0.001);
    }

    @Test
    void aNonFiniteExampleEndsTheRunAsDiverged() {
        ScriptedExamples poisoned = new ScriptedExamples(new double[][] {{1, 2}, {-1, 1}, {1, Double.POSITIVE_INFINITY}},
                new double[] {1, 0, 1});
        Oracle oracle = Oracle.of(poisoned, new SplittableRandom(1));
        Monitor monitor = Monitor.of(new ScriptedExamples(new double[][] {{1, 2}}, new double[] {1}).expectation(),
                null);
        Result r = Minimizer.minimize(oracle, Methods.configure("autostep", Map.of()), new double[2], monitor,
                StoppingRules.iterations(10), TraceMemory.ALL);
        assertThat(r.status()).isEqualTo(Status.DIVERGED);
        assertThat(r.iterations()).isEqualTo(3);
        assertThat(r.trace()).hasSize(3).allSatisfy(row -> assertThat(row.loss()).isFinite());
    }
}
