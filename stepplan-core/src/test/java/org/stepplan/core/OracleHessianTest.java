package org.stepplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class OracleHessianTest {

    /** 0.5 sum_i q_i w_i^2 with diag H = q. */
    private static final class Diag implements Objective, DiagonalHessian {
        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public double value(double[] w) {
            return 0.5 * (2 * w[0] * w[0] + 3 * w[1] * w[1]);
        }

        @Override
        public double valueAndGradient(double[] w, double[] gradient) {
            gradient[0] = 2 * w[0];
            gradient[1] = 3 * w[1];
            return value(w);
        }

        @Override
        public void diagonalHessian(double[] w, double[] into) {
            into[0] = 2;
            into[1] = 3;
        }
    }

    @Test
    void hessianEvaluationsAreCountedApartFromGradientsAndValues() {
        Oracle oracle = Oracle.of(new Diag());
        assertThat(oracle.hasDiagonalHessian()).isTrue();
        double[] h = new double[2];
        oracle.diagonalHessian(new double[] {1, 1}, h);
        oracle.diagonalHessian(new double[] {1, 1}, h);
        assertThat(h).containsExactly(2, 3);
        assertThat(oracle.hessianEvaluations()).isEqualTo(2);
        assertThat(oracle.gradientEvaluations()).isZero();
        assertThat(oracle.functionEvaluations()).isZero();
    }

    @Test
    void anObjectiveWithoutItIsRefusedAndNothingIsCounted() {
        Oracle oracle = Oracle.of(SeparableQuadratic.wellConditioned());
        assertThat(oracle.hasDiagonalHessian()).isFalse();
        assertThatThrownBy(() -> oracle.diagonalHessian(new double[3], new double[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not provide the diagonal of the Hessian");
        assertThat(oracle.hessianEvaluations()).isZero();
    }

    @Test
    void aStochasticObjectiveIsEvaluatedOnTheCurrentSample() {
        final class Sampled implements StochasticObjective, DiagonalHessian {
            double a;

            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public void nextSample(RandomGenerator rng) {
                a = a + 1;
            }

            @Override
            public double value(double[] w) {
                return 0.5 * a * w[0] * w[0];
            }

            @Override
            public double valueAndGradient(double[] w, double[] gradient) {
                gradient[0] = a * w[0];
                return value(w);
            }

            @Override
            public void diagonalHessian(double[] w, double[] into) {
                into[0] = a;
            }

            @Override
            public Objective expectation() {
                throw new UnsupportedOperationException();
            }
        }
        Oracle oracle = Oracle.of(new Sampled(), new SplittableRandom(1));
        double[] g = new double[1];
        double[] h = new double[1];
        oracle.gradient(new double[] {1}, g);
        oracle.gradient(new double[] {1}, g);
        oracle.diagonalHessian(new double[] {1}, h);
        assertThat(h[0]).isEqualTo(2.0); // the sample of the last gradient evaluation, no new draw
        assertThat(oracle.hessianEvaluations()).isEqualTo(1);
    }
}
