package org.stepplan.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.stepplan.core.LinearExample;
import org.stepplan.core.Objective;
import org.stepplan.core.Oracle;
import org.stepplan.core.StochasticObjective;
import org.stepplan.core.Vectors;
import org.stepplan.methods.Methods;
import org.stepplan.run.Minimizer;
import org.stepplan.run.Result;
import org.stepplan.run.StoppingRules;
import org.stepplan.run.TraceMemory;

class LinearRegressionTest {

    @Test
    void theOptimumIsTheLeastSquaresSolution() {
        LinearRegression data = LinearRegression.synthetic(50, 4, 0.3, 7);
        double[] g = new double[4];
        data.batch().valueAndGradient(data.leastSquares(), g);
        assertThat(Math.sqrt(Vectors.dot(g, g))).isLessThan(1e-13);
        // without noise the data are fitted exactly by the generating weights
        LinearRegression exact = LinearRegression.synthetic(20, 3, 0.0, 3);
        assertThat(exact.leastSquares()).containsExactly(exact.trueWeights(), within(1e-12));
        assertThat(exact.batch().value(exact.leastSquares())).isLessThan(1e-25);
    }

    @Test
    void theBatchObjectiveIsTheMeanOfTheOnlineLossesOverOneCycle() {
        LinearRegression data = LinearRegression.synthetic(30, 3, 0.5, 11);
        double[] w = {0.3, -1.0, 2.0};
        StochasticObjective online = data.online(LinearRegression.Order.CYCLE);
        SplittableRandom rng = new SplittableRandom(1);
        double sum = 0;
        double[] g = new double[3];
        double[] gSum = new double[3];
        for (int i = 0; i < 30; i++) {
            online.nextSample(rng);
            sum += online.valueAndGradient(w, g);
            Vectors.axpy(1.0, g, gSum);
            LinearExample e = (LinearExample) online;
            double delta = e.target() - (w[0] * e.input(0) + w[1] * e.input(1) + w[2] * e.input(2));
            assertThat(g[1]).isCloseTo(-delta * e.input(1), within(1e-12)); // LMS gradient -delta x
        }
        double[] batchGradient = new double[3];
        Objective batch = data.batch();
        assertThat(batch.valueAndGradient(w, batchGradient)).isCloseTo(sum / 30, within(1e-12));
        for (int j = 0; j < 3; j++) {
            assertThat(batchGradient[j]).isCloseTo(gSum[j] / 30, within(1e-12));
        }
        assertThat(online.expectation().value(w)).isEqualTo(batch.value(w));
    }

    @Test
    void theSameSeedsGiveTheSameDataAndSamples() {
        Problem a = Problems.create("linear-regression", Map.of("mode", "online", "seed", "5"));
        Problem b = Problems.create("linear-regression", Map.of("mode", "online", "seed", "5"));
        Problem c = Problems.create("linear-regression", Map.of("mode", "online", "seed", "6"));
        assertThat(a.optimum()).isEqualTo(b.optimum());
        assertThat(a.optimum()).isNotEqualTo(c.optimum());
        Oracle oa = a.oracle(9);
        Oracle ob = b.oracle(9);
        double[] w = new double[10];
        double[] g = new double[10];
        for (int k = 0; k < 5; k++) {
            assertThat(oa.gradient(w, g)).isEqualTo(ob.gradient(w, g));
        }
    }

    @Test
    void badDataParametersAreRejectedNamingThem() {
        assertThatThrownBy(() -> Problems.create("linear-regression", Map.of("n", "3", "d", "5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n must be >= d");
        assertThatThrownBy(() -> Problems.create("linear-regression", Map.of("noise", "-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("noise").hasMessageContaining("-1");
        assertThatThrownBy(() -> Problems.create("linear-regression", Map.of("mode", "stream")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mode");
    }

    @Test
    void lmsAndGradientMethodsRunOnTheSameOnlineTask() {
        Problem p = Problems.create("linear-regression", Map.of("mode", "online", "order", "cycle"));
        for (String method : new String[] {"idbd", "autostep", "gd"}) {
            Oracle oracle = p.oracle(1);
            Result r = Minimizer.minimize(oracle, Methods.configure(method,
                    method.equals("gd") ? Map.of("gamma", "0.01") : Map.of()), p.start(), p.monitor(oracle),
                    StoppingRules.iterations(5000), TraceMemory.every(5000));
            assertThat(r.gradEvals()).as(method).isEqualTo(5000);
            assertThat(r.error()).as(method).isLessThan(0.1 * r.trace().get(0).error());
        }
    }
}
