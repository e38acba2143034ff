package org.stepplan.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepplan.core.LinearExample;
import org.stepplan.core.Oracle;
import org.stepplan.core.Vectors;
import org.stepplan.run.Monitor;

class SuttonTrackingTest {

    private static Problem sutton(Map<String, String> params) {
        return Problems.create("sutton1992", params);
    }

    @Test
    void fiveRelevantSignsAndOneFlipEveryTwentyExamples() {
        Problem p = sutton(Map.of());
        Oracle oracle = p.oracle(3);
        SuttonTracking task = (SuttonTracking) oracle.stochasticObjective();
        double[] before = task.currentTarget();
        for (int i = 0; i < 20; i++) {
            assertThat(Math.abs(before[i])).isEqualTo(i < 5 ? 1.0 : 0.0);
        }
        double[] w = new double[20];
        double[] g = new double[20];
        int flips = 0;
        for (int n = 0; n < 400; n++) { // example n (0-based)
            oracle.gradient(w, g);
            double[] now = task.currentTarget();
            int changed = 0;
            for (int i = 0; i < 20; i++) {
                if (now[i] != before[i]) {
                    changed++;
                    assertThat(i).isLessThan(5);
                    assertThat(now[i]).isEqualTo(-before[i]);
                }
            }
            assertThat(changed).as("example %d", n).isEqualTo(n > 0 && n % 20 == 0 ? 1 : 0);
            flips += changed;
            double y = 0; // noiseless: y* = w*·x, in index order
            for (int i = 0; i < 20; i++) {
                y += now[i] * task.input(i);
            }
            assertThat(task.target()).isEqualTo(y);
            before = now;
        }
        assertThat(flips).isEqualTo(19);
        assertThat(task.examples()).isEqualTo(400);
    }

    @Test
    void inputsAreStandardNormalByDefaultOrUniformOnTheUnitInterval() {
        double[] w = new double[20];
        double[] g = new double[20];
        for (String inputs : new String[] {"normal", "uniform"}) {
            Oracle oracle = sutton(Map.of("inputs", inputs)).oracle(1);
            LinearExample e = (LinearExample) oracle.stochasticObjective();
            double sum = 0;
            double squares = 0;
            double min = Double.POSITIVE_INFINITY;
            int count = 0;
            for (int n = 0; n < 1000; n++) {
                oracle.gradient(w, g);
                for (int i = 0; i < 20; i++) {
                    sum += e.input(i);
                    squares += e.input(i) * e.input(i);
                    min = Math.min(min, e.input(i));
                    count++;
                }
            }
            double mean = sum / count;
            double variance = squares / count - mean * mean;
            if (inputs.equals("normal")) {
                assertThat(mean).isCloseTo(0.0, within(0.03));
                assertThat(variance).isCloseTo(1.0, within(0.05));
                assertThat(min).isLessThan(-3.0);
            } else {
                assertThat(mean).isCloseTo(0.5, within(0.01));
                assertThat(variance).isCloseTo(1.0 / 12, within(0.005));
                assertThat(min).isGreaterThanOrEqualTo(0.0);
            }
        }
    }

    /**
     * window = 3, fixed weights w: the loss after n examples is the mean of (y*_m - w·x_m)^2 over the last
     * min(n, 3) examples (crossing the ring buffer's wrap at n = 3); value() on the same example is not recorded;
     * before any example it is the expected squared error ||w - w*||^2 (N(0,1) inputs); the error is to the target of
     * the moment.
     */
    @Test
    void theMonitorReportsTheTrailingMeanSquaredPredictionErrorAndTheErrorToTheCurrentTarget() {
        Problem p = sutton(Map.of("window", "3", "flip_every", "2"));
        Oracle oracle = p.oracle(8);
        Monitor monitor = p.monitor(oracle);
        SuttonTracking task = (SuttonTracking) oracle.stochasticObjective();
        double[] w = new double[20];
        for (int i = 0; i < 20; i++) {
            w[i] = 0.1 * (i - 7);
        }
        double[] wStar = task.currentTarget();
        double expected0 = 0;
        for (int i = 0; i < 20; i++) {
            expected0 += (w[i] - wStar[i]) * (w[i] - wStar[i]);
        }
        assertThat(monitor.loss(w)).isCloseTo(expected0, within(1e-12));
        assertThat(monitor.hasError()).isTrue();
        double[] squared = new double[8];
        double[] g = new double[20];
        for (int n = 0; n < 8; n++) {
            oracle.gradient(w, g);
            oracle.value(w); // a value on the same example is not a new error
            double delta = task.target();
            for (int i = 0; i < 20; i++) {
                delta -= w[i] * task.input(i);
            }
            squared[n] = delta * delta;
            int from = Math.max(0, n - 2);
            double mean = 0;
            for (int m = from; m <= n; m++) {
                mean += squared[m];
            }
            mean /= n - from + 1;
            assertThat(monitor.loss(w)).as("after example %d", n).isCloseTo(mean, within(1e-12 * mean));
            assertThat(monitor.error(w)).isEqualTo(Vectors.distance(w, task.currentTarget()));
        }
    }

    @Test
    void theExpectedLossOfUniformInputsAccountsForTheirMean() {
        Oracle oracle = sutton(Map.of("inputs", "uniform", "dimension", "3", "relevant", "2")).oracle(2);
        SuttonTracking task = (SuttonTracking) oracle.stochasticObjective();
        double[] t = task.currentTarget();
        double[] w = {0.5, -0.25, 1.0};
        double[] e = {t[0] - 0.5, t[1] + 0.25, -1.0};
        // E[x x^T] = I/12 + 1 1^T/4 for x ~ U(0,1)^3
        double expected = 0.5 * ((e[0] * e[0] + e[1] * e[1] + e[2] * e[2]) / 12 + Math.pow(e[0] + e[1] + e[2], 2) / 4);
        assertThat(task.expectation().value(w)).isCloseTo(expected, within(1e-15));
        double[] g = new double[3];
        task.expectation().valueAndGradient(w, g);
        double h = 1e-6;
        double[] wp = w.clone();
        wp[2] += h;
        double[] wm = w.clone();
        wm[2] -= h;
        assertThat(g[2]).isCloseTo((task.expectation().value(wp) - task.expectation().value(wm)) / (2 * h),
                within(1e-8));
    }

    @Test
    void theSeedFixesTheTaskAndEachMonitorFollowsItsOracle() {
        Problem p = sutton(Map.of());
        Oracle a = p.oracle(4);
        Oracle b = p.oracle(4);
        Oracle c = p.oracle(5);
        double[] w = new double[20];
        double[] ga = new double[20];
        double[] gb = new double[20];
        double[] gc = new double[20];
        boolean differs = false;
        for (int n = 0; n < 50; n++) {
            a.gradient(w, ga);
            b.gradient(w, gb);
            c.gradient(w, gc);
            assertThat(ga).isEqualTo(gb);
            differs |= !java.util.Arrays.equals(ga, gc);
        }
        assertThat(differs).isTrue();
        double[] target = ((SuttonTracking) c.stochasticObjective()).currentTarget();
        assertThat(p.monitor(c).error(target)).isZero();
        assertThat(p.monitor(a).error(((SuttonTracking) a.stochasticObjective()).currentTarget())).isZero();
        assertThat(p.optimum()).isNull();
        assertThat(p.start()).containsOnly(0.0).hasSize(20);
        assertThatThrownBy(() -> p.monitor(Problems.create("rosenbrock", Map.of()).oracle(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void badParametersAreRejectedNamingThem() {
        assertThatThrownBy(() -> sutton(Map.of("relevant", "21")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("relevant").hasMessageContaining("21");
        assertThatThrownBy(() -> sutton(Map.of("flip_every", "0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("flip_every");
        assertThatThrownBy(() -> sutton(Map.of("window", "0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window");
        assertThatThrownBy(() -> sutton(Map.of("inputs", "cauchy")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inputs");
    }
}
