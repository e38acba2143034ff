package org.stepplan.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepplan.core.Oracle;
import org.stepplan.methods.Methods;
import org.stepplan.run.Minimizer;
import org.stepplan.run.Result;
import org.stepplan.run.StoppingRules;
import org.stepplan.run.TraceMemory;

class HessianDiagonalTest {

    @Test
    void theQuadraticsDiagonalIsThatOfQ() {
        double[] h = new double[2];
        Quadratic.diagonal(new double[] {1000, 1}, new double[] {1, 1}).diagonalHessian(new double[] {5, -3}, h);
        assertThat(h).containsExactly(1000, 1);
        double[] h3 = new double[3];
        Quadratic.dense(new double[][] {{4, 1, 0}, {1, 3, -1}, {0, -1, 2}}, new double[3])
                .diagonalHessian(new double[] {1, 2, 3}, h3);
        assertThat(h3).containsExactly(4, 3, 2);
        NoisyQuadratic noisy = new NoisyQuadratic(Quadratic.diagonal(new double[] {7, 2}, new double[2]), 1.0);
        noisy.nextSample(new java.util.SplittableRandom(1));
        noisy.diagonalHessian(new double[] {1, 1}, h);
        assertThat(h).containsExactly(7, 2);
    }

    /** H_11 = 2 - 400 (w2 - w1^2) + 800 w1^2, H_22 = 200: by hand, and against central differences of the gradient. */
    @ParameterizedTest
    @CsvSource({"-1, 0, 1202", "0, 1, -398", "1, 1, 802", "0.5, -2, 1102", "-1.2, 1, 1330"})
    void rosenbrocksDiagonalMatchesTheHandFormulaAndFiniteDifferences(double w1, double w2, double h11) {
        Rosenbrock f = new Rosenbrock();
        double[] h = new double[2];
        f.diagonalHessian(new double[] {w1, w2}, h);
        assertThat(h[0]).isCloseTo(h11, within(1e-9));
        assertThat(h[1]).isEqualTo(200.0);
        double step = 1e-5;
        double[] gp = new double[2];
        double[] gm = new double[2];
        f.valueAndGradient(new double[] {w1 + step, w2}, gp);
        f.valueAndGradient(new double[] {w1 - step, w2}, gm);
        assertThat((gp[0] - gm[0]) / (2 * step)).isCloseTo(h[0], within(1e-4));
        f.valueAndGradient(new double[] {w1, w2 + step}, gp);
        f.valueAndGradient(new double[] {w1, w2 - step}, gm);
        assertThat((gp[1] - gm[1]) / (2 * step)).isCloseTo(h[1], within(1e-4));
    }

    @Test
    void vsgdRunsOnThePapersQuadraticThroughTheRegistry() {
        Problem p = Problems.create("quadratic-paper", Map.of());
        Oracle oracle = p.oracle(1);
        Result r = Minimizer.minimize(oracle, Methods.configure("vsgd", Map.of()), p.start(), p.monitor(oracle),
                StoppingRules.iterations(100), TraceMemory.every(1000));
        assertThat(r.gradEvals()).isEqualTo(110); // 10 initial samples + 100 steps
        assertThat(oracle.hessianEvaluations()).isEqualTo(110);
        assertThat(r.error()).isLessThan(1e-3 * r.trace().get(0).error());
    }
}
