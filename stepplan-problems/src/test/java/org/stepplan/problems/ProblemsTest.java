package org.stepplan.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepplan.core.Objective;
import org.stepplan.core.Oracle;

class ProblemsTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void analyticGradientsMatchFiniteDifferencesAtRandomPoints(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Objective[] objectives = {new Rosenbrock(), Quadratic.diagonal(new double[] {1000, 1}, new double[] {1, 1}),
                Quadratic.dense(new double[][] {{4, 1, 0}, {1, 3, 1}, {0, 1, 2}}, new double[] {1, -2, 0.5})};
        for (Objective f : objectives) {
            double[] w = new double[f.dimension()];
            for (int i = 0; i < w.length; i++) {
                w[i] = rng.nextDouble(-2, 2);
            }
            GradientCheck.assertMatchesFiniteDifferences(f, w);
        }
    }

    @Test
    void rosenbrockUsesTheFactoredGradientOfTheSpec() {
        double[] w = {-1, 0};
        double[] g = new double[2];
        double f = new Rosenbrock().valueAndGradient(w, g);
        // d = 0 - 1 = -1; g = (2 * (-2) - 400 * (-1) * (-1), 200 * (-1)) = (-404, -200); f = 4 + 100 = 104
        assertThat(g).containsExactly(-404.0, -200.0);
        assertThat(f).isEqualTo(104.0);
    }

    @Test
    void paperProblemsHaveThePapersStartsAndMinimizers() {
        Problem q = Problems.create("quadratic-paper", Map.of());
        assertThat(q.start()).containsExactly(-1.0, 2.0);
        assertThat(q.optimum()).containsExactly(1.0, 1.0);
        Problem r = Problems.create("rosenbrock", Map.of());
        assertThat(r.start()).containsExactly(-1.0, 0.0);
        assertThat(r.monitor(null).loss(new double[] {1, 1})).isZero();
    }

    @Test
    void denseAndDiagonalQuadraticsAgreeOnADiagonalMatrix() {
        Problem diag = Problems.create("quadratic", Map.of("diag", "3,2", "optimum", "1,-1", "start", "0,0"));
        Problem dense = Problems.create("quadratic", Map.of("matrix", "3,0,0,2", "optimum", "1,-1", "start", "0,0"));
        double[] w = {0.3, 0.7};
        double[] g1 = new double[2];
        double[] g2 = new double[2];
        assertThat(diag.oracle(0).gradient(w, g1)).isEqualTo(dense.oracle(0).gradient(w, g2));
        assertThat(g1).containsExactly(g2);
    }

    @Test
    void badQuadraticParametersAreRejectedNamingTheValue() {
        assertThatThrownBy(() -> Problems.create("quadratic", Map.of("diag", "1,-2")))
                .hasMessageContaining("diag[1] = -2.0");
        assertThatThrownBy(() -> Problems.create("quadratic", Map.of("matrix", "1,2,3,4")))
                .hasMessageContaining("not symmetric");
        assertThatThrownBy(() -> Problems.create("quadratic", Map.of("matrix", "1,2,2,1")))
                .hasMessageContaining("not positive definite");
        assertThatThrownBy(() -> Problems.create("quadratic", Map.of("matrix", "1,0,0")))
                .hasMessageContaining("3 entries");
        assertThatThrownBy(() -> Problems.create("quadratic", Map.of("start", "1,2,3")))
                .hasMessageContaining("start has length 3");
        assertThatThrownBy(() -> Problems.create("quadratic", Map.of("diag", "1,x")))
                .hasMessageContaining("'x' is not a number");
        assertThatThrownBy(() -> Problems.create("noisy-quadratic", Map.of("sigma", "-1")))
                .hasMessageContaining("sigma");
        assertThatThrownBy(() -> Problems.create("rosenbrock", Map.of("a", "1")))
                .hasMessageContaining("unknown parameter 'a'");
        assertThatThrownBy(() -> Problems.get("nope")).hasMessageContaining("unknown problem 'nope'");
    }

    @Test
    void noisyQuadraticIsSeededUnbiasedAndHasTheGivenSpread() {
        Problem p = Problems.create("noisy-quadratic", Map.of("sigma", "0.5"));
        double[] w = {0, 0};
        Oracle a = p.oracle(42);
        Oracle b = p.oracle(42);
        double[] ga = new double[2];
        double[] gb = new double[2];
        double sum = 0;
        double sumSq = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            a.gradient(w, ga);
            b.gradient(w, gb);
            assertThat(ga).containsExactly(gb);
            double noise = ga[1] - (1.0 * (0 - 1)); // expected gradient component 2: q2 (w2 - 1) = -1
            sum += noise;
            sumSq += noise * noise;
        }
        assertThat(sum / n).isCloseTo(0.0, within(0.02));
        assertThat(Math.sqrt(sumSq / n)).isCloseTo(0.5, within(0.02));
        assertThat(p.monitor(null).loss(new double[] {1, 1})).isZero(); // loss measured on the expectation
    }

    @Test
    void valueIsOnTheSameSampleAsTheLastGradient() {
        Problem p = Problems.create("noisy-quadratic", Map.of());
        Oracle o = p.oracle(7);
        double[] w = {0.5, 0.25};
        double[] g = new double[2];
        double withGradient = o.gradient(w, g);
        assertThat(o.value(w)).isEqualTo(withGradient);
        assertThat(o.gradientEvaluations()).isEqualTo(1);
        assertThat(o.functionEvaluations()).isEqualTo(1);
    }

    @Test
    void optimalValueIsTheLossAtTheOptimumOrEmptyWhenUnknown() {
        assertThat(Problems.create("quadratic-paper", Map.of()).optimalValue().getAsDouble()).isEqualTo(0.0);
        assertThat(Problems.create("rosenbrock", Map.of()).optimalValue().getAsDouble()).isEqualTo(0.0);
        assertThat(Problems.create(Sutton1992.NAME, Map.of()).optimalValue()).isEmpty();
    }
}
