package org.stepplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link Objective#of}: an objective from a value-and-gradient lambda, and what its evaluations cost. */
class ObjectiveTest {

    private static final SeparableQuadratic Q = SeparableQuadratic.wellConditioned();
    private static final double[] W = {3, 2, -2};

    /** Q as a lambda, counting its calls in {@code calls[0]}. */
    private static Objective lambdaQ(int[] calls) {
        return Objective.of(3, (w, g) -> {
            calls[0]++;
            return Q.valueAndGradient(w, g);
        });
    }

    @Test
    void aGradientEvaluationIsOneCallOfTheLambda() {
        int[] calls = {0};
        Oracle oracle = Oracle.of(lambdaQ(calls));
        double[] g = new double[3];
        double[] expected = new double[3];
        assertThat(oracle.dimension()).isEqualTo(3);
        assertThat(oracle.gradient(W, g)).isEqualTo(Q.valueAndGradient(W, expected)).isEqualTo(20.375);
        assertThat(g).containsExactly(expected);
        assertThat(g).containsExactly(2.0, 6.0, -7.5);
        oracle.gradientOnly(W, g);
        assertThat(calls[0]).isEqualTo(2);
        assertThat(oracle.gradientEvaluations()).isEqualTo(2);
        assertThat(oracle.functionEvaluations()).isZero();
    }

    @Test
    void aValueAloneCallsTheLambdaWithAScratchGradient() {
        int[] calls = {0};
        Oracle oracle = Oracle.of(lambdaQ(calls));
        double[] g = {7, 7, 7};
        oracle.gradient(new double[] {1, -1, 0.5}, g);
        assertThat(oracle.value(W)).isEqualTo(20.375);
        assertThat(calls[0]).as("a value costs one call, as much as a gradient").isEqualTo(2);
        assertThat(g).as("the caller's gradient is not touched by a value").containsExactly(0.0, 0.0, 0.0);
        assertThat(oracle.functionEvaluations()).isEqualTo(1);
        assertThat(oracle.gradientEvaluations()).isEqualTo(1);
    }

    @Test
    void rejectsADimensionBelowOne() {
        assertThatThrownBy(() -> Objective.of(0, (w, g) -> 0.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 0");
        assertThatThrownBy(() -> Objective.of(2, null)).isInstanceOf(NullPointerException.class);
    }
}
