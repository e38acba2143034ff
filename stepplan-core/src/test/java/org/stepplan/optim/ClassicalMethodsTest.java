package org.stepplan.optim;

import org.stepplan.methods.Methods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepplan.core.Oracle;
import org.stepplan.core.SeparableQuadratic;

/** First steps of gd, heavy-ball and nesterov on f(w) = w^2 (gradient 2w), derived by hand. */
class ClassicalMethodsTest {

    private static final SeparableQuadratic SQUARE = new SeparableQuadratic(new double[] {2}, new double[] {0});

    private static double[] steps(String method, Map<String, String> params, int n) {
        Oracle oracle = Oracle.of(SQUARE);
        Optimizer opt = Methods.configure(method, params).create(1);
        double[] w = {1};
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            opt.step(w, oracle);
            out[k] = w[0];
        }
        return out;
    }

    @Test
    void gradientDescent() {
        // w' = w - 0.1 * 2w = 0.8 w
        assertThat(steps("gd", Map.of("gamma", "0.1"), 3)).containsExactly(new double[] {0.8, 0.64, 0.512},
                within(1e-15));
    }

    @Test
    void heavyBallStartsAsGradientDescentThenAddsMomentum() {
        // a = 0.1, p = 0.5, w_{-1} = w_0 = 1:
        // w1 = 1 - 0.2 + 0.5 (1 - 1) = 0.8
        // w2 = 0.8 - 0.16 + 0.5 (0.8 - 1) = 0.54
        // w3 = 0.54 - 0.108 + 0.5 (0.54 - 0.8) = 0.302
        assertThat(steps("heavy-ball", Map.of("a", "0.1", "p", "0.5"), 3))
                .containsExactly(new double[] {0.8, 0.54, 0.302}, within(1e-15));
    }

    @Test
    void nesterovConstantMomentum() {
        // L = 4 (step 0.25), momentum 0.5, x0 = y0 = 1:
        // y1 = 1 - 0.5 = 0.5;          x1 = 0.5 + 0.5 (0.5 - 1) = 0.25
        // y2 = 0.25 - 0.125 = 0.125;   x2 = 0.125 + 0.5 (0.125 - 0.5) = -0.0625
        // y3 = -0.0625 + 0.03125;      x3 = -0.03125 + 0.5 (-0.03125 - 0.125) = -0.109375
        assertThat(steps("nesterov", Map.of("lipschitz", "4", "momentum", "0.5"), 3))
                .containsExactly(new double[] {0.25, -0.0625, -0.109375}, within(1e-15));
    }

    @Test
    void nesterovMomentumFromMuAndL() {
        // L = 1000, mu = 1: (sqrt 1000 - 1) / (sqrt 1000 + 1) = 0.93869...
        OptimizerConfig c = Methods.configure("nesterov", Map.of("lipschitz", "1000", "mu", "1"));
        assertThat((Double) c.params().get("momentum")).isCloseTo(0.938693, within(1e-6));
    }

    @Test
    void nesterovLambdaScheduleStartsWithoutMomentum() {
        // lambda_1 = 1, lambda_2 = (1 + sqrt 5)/2, lambda_3 = (1 + sqrt(1 + 4 lambda_2^2))/2
        // gamma_1 = 0: x1 = y1 = 1 - 0.25 * 2 = 0.5
        // gamma_2 = (lambda_2 - 1)/lambda_3: y2 = 0.5 - 0.25 = 0.25, x2 = 0.25 + gamma_2 (0.25 - 0.5)
        double lambda2 = (1 + Math.sqrt(5)) / 2;
        double lambda3 = (1 + Math.sqrt(1 + 4 * lambda2 * lambda2)) / 2;
        double gamma2 = (lambda2 - 1) / lambda3;
        double[] w = steps("nesterov-schedule", Map.of("lipschitz", "4"), 2);
        assertThat(w[0]).isCloseTo(0.5, within(1e-15));
        assertThat(w[1]).isCloseTo(0.25 - 0.25 * gamma2, within(1e-15));
        // k/(k+3): gamma_2 = 1/4
        double[] v = steps("nesterov-schedule", Map.of("lipschitz", "4", "schedule", "k/(k+3)"), 2);
        assertThat(v[1]).isCloseTo(0.25 - 0.25 * 0.25, within(1e-15));
    }

    @Test
    void nesterovNeedsExactlyOneOfMuAndMomentum() {
        assertThatThrownBy(() -> Methods.configure("nesterov", Map.of("lipschitz", "4")))
                .hasMessageContaining("exactly one of mu and momentum");
        assertThatThrownBy(() -> Methods.configure("nesterov", Map.of("lipschitz", "4", "mu", "1", "momentum", "0.5")))
                .hasMessageContaining("exactly one of mu and momentum");
        assertThatThrownBy(() -> Methods.configure("nesterov", Map.of("mu", "1")))
                .hasMessageContaining("'lipschitz'").hasMessageContaining("required");
        assertThatThrownBy(() -> Methods.configure("nesterov", Map.of("lipschitz", "1", "mu", "2")))
                .hasMessageContaining("mu must be <= lipschitz");
    }
}
