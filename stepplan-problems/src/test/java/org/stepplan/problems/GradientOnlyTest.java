package org.stepplan.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepplan.core.Objective;

/**
 * The gradient-only entry of the objectives that override it gives the gradient of valueAndGradient bit for bit, and
 * the one-pass diagonal quadratic gives the value of the dense (two-pass) form of the same Q bit for bit.
 */
class GradientOnlyTest {

    private static final SplittableRandom RNG = new SplittableRandom(11);

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 64})
    void theDiagonalQuadraticsGradientAndValueAreThoseOfTheTwoPassForm(int d) {
        double[] q = new double[d];
        double[] optimum = new double[d];
        double[][] dense = new double[d][d];
        for (int i = 0; i < d; i++) {
            q[i] = RNG.nextDouble(0.1, 1000);
            optimum[i] = RNG.nextDouble(-3, 3);
            dense[i][i] = q[i];
        }
        Quadratic diagonal = Quadratic.diagonal(q, optimum);
        Quadratic twoPass = Quadratic.dense(dense, optimum);
        for (int trial = 0; trial < 20; trial++) {
            double[] w = new double[d];
            for (int i = 0; i < d; i++) {
                w[i] = RNG.nextDouble(-10, 10);
            }
            double[] g1 = new double[d];
            double[] g2 = new double[d];
            double[] g3 = new double[d];
            double v1 = diagonal.valueAndGradient(w, g1);
            diagonal.gradient(w, g2);
            twoPass.valueAndGradient(w, g3);
            assertThat(g2).containsExactly(g1);
            assertThat(v1).isEqualTo(diagonal.value(w));
            // the dense row sum of a diagonal Q adds exact zeros, so both forms agree bit for bit
            assertThat(g1).containsExactly(g3);
            assertThat(v1).isEqualTo(twoPass.value(w));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void rosenbrocksGradientIsThatOfValueAndGradient(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Objective f = new Rosenbrock();
        for (int trial = 0; trial < 20; trial++) {
            double[] w = {rng.nextDouble(-2, 2), rng.nextDouble(-1, 3)};
            double[] g1 = new double[2];
            double[] g2 = new double[2];
            double v = f.valueAndGradient(w, g1);
            f.gradient(w, g2);
            assertThat(g2).containsExactly(g1);
            assertThat(v).isEqualTo(f.value(w));
        }
    }
}
