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

class IdbdTest {

    private static final Offset<Double> TOL = within(1e-12);

    private static Optimizer idbd(String theta, String initAlpha) {
        return Methods.configure("idbd", Map.of("theta", theta, "init_alpha", initAlpha)).create(2);
    }

    /**
     * theta = 0.5, alpha_0 = 0.5 (beta = ln 0.5), w = h = 0; examples (x, y*) = ((1, 1), 1), ((1, 2), 3),
     * ((0.5, -1), 0). By hand from docs/methods.md §6 (per i: beta, alpha = exp(beta), w with the new alpha, h with
     * [1 - alpha x^2]^+):
     * <pre>
     * step 1: delta = 1 - 0 = 1. h = 0, so beta stays ln 0.5 and alpha = 0.5 for both i.
     *         w_i = 0 + 0.5*1*1 = 0.5;  h_i = 0*[1 - 0.5]^+ + 0.5*1*1 = 0.5.
     * step 2: delta = 3 - (0.5*1 + 0.5*2) = 1.5.
     *   i=0:  beta = ln 0.5 + 0.5*1.5*1*0.5 = ln 0.5 + 0.375;  alpha = 0.5 e^0.375 = 0.72749570730910067
     *         w = 0.5 + alpha*1.5 = 1.5912435609636510;  1 - alpha = 0.27 &gt; 0:
     *         h = 0.5 (1 - alpha) + 1.5 alpha = 1.2274957073091007
     *   i=1:  beta = ln 0.5 + 0.5*1.5*2*0.5 = ln 0.5 + 0.75;   alpha = 0.5 e^0.75 = 1.0585000083063373
     *         w = 0.5 + alpha*1.5*2 = 3.6755000249190120
     *         1 - alpha*4 = -3.234 &lt; 0, CLIPPED: h = 0.5*0 + alpha*1.5*2 = 3.1755000249190120
     *         (without the positive part h would be 0.5*(-3.234) + 3.1755 = 1.5585)
     * step 3: delta = 0 - (1.5912435609636510*0.5 - 3.6755000249190120) = 2.8798782444371865.
     *   i=0:  beta = ln 0.5 + 0.375 + 0.5*delta*0.5*1.2274957073091007 = 0.56561236509493353
     *         alpha = e^beta = 1.7605255370862100;  w = 1.5912435609636510 + alpha*delta*0.5 = 4.1262931574789856
     *         1 - alpha*0.25 = 0.55986861572844751;  h = 1.2274957073091007*0.5598686157 + alpha*delta*0.5
     *           = 3.2222859189790924
     *   i=1:  beta = ln 0.5 + 0.75 + 0.5*delta*(-1)*3.1755000249190120 = -4.5156738990469484
     *         alpha = 0.010936232726172333;  w = 3.6755000249190120 - alpha*delta = 3.6440050062148063
     *         1 - alpha = 0.98906376727382767;  h = 3.1755000249190120*0.98906376727 - alpha*delta
     *           = 3.1092769989203260
     * </pre>
     * (Decimals from exact arithmetic at 40 digits.)
     */
    @Test
    void firstThreeStepsFollowTheSpecIncludingThePositivePartClip() {
        ScriptedExamples examples = new ScriptedExamples(new double[][] {{1, 1}, {1, 2}, {0.5, -1}},
                new double[] {1, 3, 0});
        Oracle oracle = Oracle.of(examples, new SplittableRandom(1));
        Optimizer opt = idbd("0.5", "0.5");
        double[] w = {0, 0};

        opt.step(w, oracle);
        assertThat(w[0]).isCloseTo(0.5, TOL);
        assertThat(w[1]).isCloseTo(0.5, TOL);
        assertThat(opt.stepSize(0)).isCloseTo(0.5, TOL);
        assertThat(opt.stepSize(1)).isCloseTo(0.5, TOL);
        assertThat(opt.snapshot().array("h")).containsExactly(new double[] {0.5, 0.5}, within(1e-15));

        opt.step(w, oracle);
        assertThat(opt.stepSize(0)).isCloseTo(0.72749570730910067, TOL);
        assertThat(opt.stepSize(1)).isCloseTo(1.0585000083063373, TOL);
        assertThat(w[0]).isCloseTo(1.5912435609636510, TOL); // uses the NEW alpha (old 0.5 would give 1.25)
        assertThat(w[1]).isCloseTo(3.6755000249190120, TOL);
        double[] h = opt.snapshot().array("h");
        assertThat(h[0]).isCloseTo(1.2274957073091007, TOL);
        assertThat(h[1]).isCloseTo(3.1755000249190120, TOL); // clipped; unclipped would be 1.5585000083063373

        opt.step(w, oracle);
        assertThat(opt.stepSize(0)).isCloseTo(1.7605255370862100, TOL);
        assertThat(opt.stepSize(1)).isCloseTo(0.010936232726172333, within(1e-14));
        assertThat(w[0]).isCloseTo(4.1262931574789856, TOL);
        assertThat(w[1]).isCloseTo(3.6440050062148063, TOL);
        h = opt.snapshot().array("h");
        assertThat(h[0]).isCloseTo(3.2222859189790924, TOL);
        assertThat(h[1]).isCloseTo(3.1092769989203260, TOL);
        assertThat(oracle.gradientEvaluations()).isEqualTo(3);
        assertThat(oracle.functionEvaluations()).isZero();
    }

    @Test
    void thetaZeroIsLmsWithTheInitialStepSize() {
        ScriptedExamples examples = new ScriptedExamples(new double[][] {{1, 2}, {-1, 3}}, new double[] {1, 2});
        Oracle oracle = Oracle.of(examples, new SplittableRandom(1));
        Optimizer opt = idbd("0", "0.1");
        double[] w = {0, 0};
        opt.step(w, oracle); // delta = 1: w = 0.1 * (1, 2)
        opt.step(w, oracle); // delta = 2 - (-0.1 + 0.6) = 1.5: w += 0.15 * (-1, 3)
        assertThat(w[0]).isCloseTo(0.1 - 0.15, TOL);
        assertThat(w[1]).isCloseTo(0.2 + 0.45, TOL);
        assertThat(opt.stepSize(0)).isCloseTo(0.1, within(1e-16));
    }

    @Test
    void requiresLinearExamplesAndRefusesAnyOtherObjectiveNamingTheMethod() {
        assertThat(Methods.configure("idbd", Map.of()).requires()).containsExactly(Capability.LINEAR_EXAMPLES);
        Oracle oracle = Oracle.of(SeparableQuadratic.wellConditioned());
        Optimizer opt = Methods.configure("idbd", Map.of()).create(3);
        assertThatThrownBy(() -> opt.step(new double[3], oracle))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'idbd'")
                .hasMessageContaining("needs linear least-mean-squares examples");
        assertThat(oracle.gradientEvaluations()).isZero();
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        assertThat(Methods.configure("idbd", Map.of()).params())
                .containsExactly(Map.entry("theta", 0.001), Map.entry("init_alpha", 0.05));
        assertThat(Methods.configure("idbd", Map.of()).create(4).stepSize(3)).isCloseTo(0.05, within(1e-17));
    }

    @Test
    void zeroErrorExamplesChangeNothing() {
        // y* = w·x exactly: delta = 0, so beta, w and h stay put and everything stays finite
        ScriptedExamples exact = new ScriptedExamples(new double[][] {{1, 2}, {0, 0}}, new double[] {0, 0});
        Oracle oracle = Oracle.of(exact, new SplittableRandom(1));
        Optimizer opt = idbd("0.5", "0.05");
        double[] w = {0, 0};
        for (int k = 0; k < 10; k++) {
            opt.step(w, oracle);
        }
        assertThat(w).containsExactly(0, 0);
        assertThat(opt.stepSize(0)).isCloseTo(0.05, within(1e-17));
        assertThat(opt.snapshot().array("h")).containsExactly(0, 0);
    }

    @Test
    void aNonFiniteExampleEndsTheRunAsDiverged() {
        ScriptedExamples poisoned = new ScriptedExamples(new double[][] {{1, 2}, {-1, 1}, {Double.NaN, 1}},
                new double[] {1, 0, 1});
        Oracle oracle = Oracle.of(poisoned, new SplittableRandom(1));
        Monitor monitor = Monitor.of(new ScriptedExamples(new double[][] {{1, 2}}, new double[] {1}).expectation(),
                null);
        Result r = Minimizer.minimize(oracle, Methods.configure("idbd", Map.of()), new double[2], monitor,
                StoppingRules.iterations(10), TraceMemory.ALL);
        assertThat(r.status()).isEqualTo(Status.DIVERGED);
        assertThat(r.iterations()).isEqualTo(3);
        assertThat(r.trace()).hasSize(3).allSatisfy(row -> assertThat(row.loss()).isFinite());
    }
}
