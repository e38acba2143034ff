package org.stepplan.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepplan.core.Oracle;

class RotatedQuadraticTest {

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double[] randomPoint(SplittableRandom rng, int d) {
        double[] w = new double[d];
        for (int i = 0; i < d; i++) {
            w[i] = rng.nextDouble(-2, 2);
        }
        return w;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void gradientMatchesCentralFiniteDifferences(long seed) {
        RotatedQuadratic f = RotatedQuadratic.create(12, 100, 4, seed, new double[12]);
        double[] w = randomPoint(new SplittableRandom(seed + 10), 12);
        double[] g = new double[12];
        double value = f.valueAndGradient(w, g);
        assertThat(value).isEqualTo(f.value(w));
        for (int i = 0; i < w.length; i++) {
            double h = 1e-5;
            double[] p = w.clone();
            double[] m = w.clone();
            p[i] += h;
            m[i] -= h;
            double numeric = (f.value(p) - f.value(m)) / (2 * h);
            assertThat(g[i]).isCloseTo(numeric, within(1e-6 * Math.max(1, Math.abs(numeric))));
        }
    }

    @Test
    void rayleighQuotientsOnTheConstructedEigenvectorsGiveTheLogSpacedSpectrum() {
        int d = 30;
        double condition = 1e4;
        RotatedQuadratic f = RotatedQuadratic.create(d, condition, 4, 7, new double[d]);
        double[] lambda = f.eigenvalues();
        assertThat(lambda[0]).isEqualTo(1.0);
        assertThat(lambda[d - 1]).isCloseTo(condition, within(1e-9 * condition));
        double[] g = new double[d];
        double[] ag = new double[d];
        for (int i = 0; i < d; i++) {
            double[] e = f.eigenvector(i);
            assertThat(dot(e, e)).isCloseTo(1.0, within(1e-14));
            assertThat(lambda[i]).isCloseTo(Math.pow(condition, i / (d - 1.0)), within(1e-12 * lambda[i]));
            f.valueAndGradient(e, g); // g = A e, since w* = 0
            assertThat(dot(e, g)).isCloseTo(lambda[i], within(1e-10 * lambda[i]));
            for (int k = 0; k < d; k++) {
                assertThat(g[k]).isCloseTo(lambda[i] * e[k], within(1e-10 * condition));
            }
            if (i > 0) {
                assertThat(dot(e, f.eigenvector(i - 1))).isCloseTo(0.0, within(1e-14));
            }
        }
        // A is symmetric: u^T A v = v^T A u for random u, v
        SplittableRandom rng = new SplittableRandom(3);
        double[] u = randomPoint(rng, d);
        double[] v = randomPoint(rng, d);
        f.valueAndGradient(u, g);
        f.valueAndGradient(v, ag);
        assertThat(dot(v, g)).isCloseTo(dot(u, ag), within(1e-10 * condition));
    }

    @Test
    void rotationNoneEqualsTheDiagonalQuadraticBitForBit() {
        Problem rotated = Problems.create("rotated-quadratic",
                Map.of("dimension", "8", "condition", "100", "rotation", "none"));
        double[] ones = {1, 1, 1, 1, 1, 1, 1, 1};
        Quadratic diagonal = Quadratic.diagonal(RotatedQuadratic.spectrum(8, 100), ones);
        double[] w = randomPoint(new SplittableRandom(5), 8);
        double[] g1 = new double[8];
        double[] g2 = new double[8];
        Oracle oracle = rotated.oracle(0);
        assertThat(oracle.gradient(w, g1)).isEqualTo(diagonal.valueAndGradient(w, g2));
        assertThat(g1).containsExactly(g2);
        assertThat(rotated.start()).containsOnly(0.0);
        assertThat(rotated.optimum()).containsExactly(ones);
    }

    @Test
    void householderRotationMixesCoordinatesAndKeepsTheMinimizer() {
        Problem p = Problems.create("rotated-quadratic", Map.of("dimension", "50"));
        assertThat(p.dimension()).isEqualTo(50);
        assertThat(p.optimalValue().getAsDouble()).isZero();
        double[] g = new double[50];
        double[] e0 = new double[50];
        e0[0] = 2.0; // w - w* = e_0
        Arrays.fill(e0, 1, 50, 1.0);
        p.oracle(0).gradient(e0, g);
        long nonZero = Arrays.stream(g).filter(x -> x != 0).count();
        assertThat(nonZero).isEqualTo(50);
    }

    @Test
    void badParametersAreRejectedByName() {
        assertThatThrownBy(() -> Problems.create("rotated-quadratic", Map.of("condition", "0.5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("condition = 0.5");
        assertThatThrownBy(() -> Problems.create("rotated-quadratic", Map.of("dimension", "0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dimension = 0");
        assertThatThrownBy(() -> Problems.create("rotated-quadratic", Map.of("reflections", "-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reflections = -1");
    }
}
