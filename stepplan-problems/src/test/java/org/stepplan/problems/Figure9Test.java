package org.stepplan.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stepplan.optim.Adam;
import org.stepplan.optim.GradientDescent;
import org.stepplan.optim.HeavyBall;
import org.stepplan.optim.OptimizerConfig;
import org.stepplan.optim.RmsProp;
import org.stepplan.run.Minimizer;
import org.stepplan.run.Result;
import org.stepplan.run.Status;
import org.stepplan.run.StoppingRules;

/**
 * The seed paper's Figure 9 grids (Sec. 4, docs/methods.md §10d) on Rosenbrock from (-1, 0) over 20,000 iterations, against
 * GD(0.001): every RMSprop setting ends above GD's final error, and the Adam grid brackets it. RMSprop and Adam are
 * the faithful PyTorch methods with eps = 1e-8, weight decay 0, no momentum, not centered. A diverged run counts as
 * ending above GD. Measured when written: GD 2.56e-4; RMSprop 3.37e-4 .. 3.58e-2 (none diverged); Adam from exactly
 * 0 (beta1 = 0.99, beta2 = 0.999, both lr) to 0.96 (lr 0.005, beta1 0.999, beta2 0.99). Each run's final error is
 * printed.
 */
class Figure9Test {

    private static final int ITERATIONS = 20_000;
    private static double gdError;

    @BeforeAll
    static void runGradientDescent() {
        gdError = finalError(new GradientDescent.Config(0.001));
        System.out.printf(Locale.ROOT, "Figure 9: GD(0.001) final error %.6e%n", gdError);
    }

    /** The final ||w - w*||, or +infinity when the run diverged. */
    private static double finalError(OptimizerConfig config) {
        Problem rosenbrock = Problems.create("rosenbrock", Map.of());
        Result r = Minimizer.minimize(rosenbrock.oracle(0), config, rosenbrock.start(), rosenbrock.monitor(null),
                StoppingRules.iterations(ITERATIONS));
        return r.status() == Status.DIVERGED ? Double.POSITIVE_INFINITY : r.error();
    }

    @Test
    void everyRmspropSettingEndsAboveGradientDescent() {
        List<Double> errors = new ArrayList<>();
        for (double lr : new double[] {0.0005, 0.001, 0.0015, 0.01}) {
            for (double alpha : new double[] {0.8, 0.9, 0.99}) {
                double e = finalError(new RmsProp.Config(lr, alpha, 1e-8, 0, 0, false));
                System.out.printf(Locale.ROOT, "Figure 9: rmsprop lr=%s alpha=%s final error %.6e%n", lr, alpha, e);
                errors.add(e);
            }
        }
        assertThat(errors).allSatisfy(e -> assertThat(e).isGreaterThan(gdError));
    }

    @Test
    void adamGridBracketsGradientDescent() {
        List<Double> errors = new ArrayList<>();
        for (double lr : new double[] {0.005, 0.01}) {
            for (double beta1 : new double[] {0.9, 0.99, 0.999}) {
                for (double beta2 : new double[] {0.99, 0.999, 0.9999}) {
                    double e = finalError(new Adam.Config(Adam.Variant.ADAM, lr, beta1, beta2, 1e-8, 0, false));
                    System.out.printf(Locale.ROOT, "Figure 9: adam lr=%s beta1=%s beta2=%s final error %.6e%n", lr,
                            beta1, beta2, e);
                    errors.add(e);
                }
            }
        }
        assertThat(errors).anySatisfy(e -> assertThat(e).isLessThan(gdError));
        assertThat(errors).anySatisfy(e -> assertThat(e).isGreaterThan(gdError));
    }

    /** The iterations a run needs to bring the error to 1e-6 or below within 10,000 iterations, or -1. */
    private static long iterationsToMicroError(OptimizerConfig config) {
        Problem rosenbrock = Problems.create("rosenbrock", Map.of());
        Result r = Minimizer.minimize(rosenbrock.oracle(0), config, rosenbrock.start(), rosenbrock.monitor(null),
                StoppingRules.iterations(10_000).withTargetError(1e-6));
        return r.status() == Status.TARGET_REACHED || r.status() == Status.CONVERGED ? r.iterations() : -1;
    }

    @Test
    void heavyBallGetsBelowMicroErrorWithin10000IterationsWhileGradientDescentDoesNot() {
        for (double p : new double[] {0.8, 0.9}) {
            long k = iterationsToMicroError(new HeavyBall.Config(0.0015, p));
            System.out.printf(Locale.ROOT, "Figure 9: heavy-ball a=0.0015 p=%s error <= 1e-6 at iteration %d%n", p, k);
            assertThat(k).as("heavy ball p=" + p).isBetween(1L, 10_000L);
        }
        assertThat(iterationsToMicroError(new GradientDescent.Config(0.001))).isEqualTo(-1);
    }
}
