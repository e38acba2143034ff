package org.stepplan.problems.mgh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepplan.core.Objective;
import org.stepplan.problems.GradientCheck;
import org.stepplan.problems.Problem;
import org.stepplan.problems.Problems;

class MghProblemsTest {

    /**
     * Significant digits of the published f* where the published x* is approximate (6 in MGH's table); f at that x*
     * must agree with f* within one unit of the last digit. Every other instance has an exact (or 11-digit certified)
     * x*, or f* = 0, and must agree within 1e-10 (relative, absolute for f* = 0).
     */
    private static final Map<String, Integer> DIGITS = Map.ofEntries(
            Map.entry("mgh-jennrich-sampson", 6), Map.entry("mgh-bard", 6), Map.entry("mgh-gaussian", 6),
            Map.entry("mgh-meyer", 6), Map.entry("mgh-kowalik-osborne", 6), Map.entry("mgh-brown-dennis", 6),
            Map.entry("mgh-osborne-2", 6), Map.entry("mgh-watson", 6), Map.entry("mgh-penalty-1", 6),
            Map.entry("mgh-penalty-2", 6), Map.entry("mgh-chebyquad", 6));

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    static Stream<String> names() {
        return MghProblems.all().stream().map(Problem::name);
    }

    /** The standard instances, and the other dimensions for which MGH publish f* (and x* is published). */
    static Stream<Arguments> publishedMinima() {
        List<Arguments> cases = new ArrayList<>();
        names().forEach(name -> cases.add(Arguments.of(name, Map.of())));
        cases.add(Arguments.of("mgh-penalty-1", Map.of("n", "10")));
        cases.add(Arguments.of("mgh-penalty-2", Map.of("n", "10")));
        for (int n = 1; n <= 9; n++) {
            cases.add(Arguments.of("mgh-chebyquad", Map.of("n", Integer.toString(n))));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void gradientMatchesCentralDifferencesAtTheStartAndAtSeededRandomPoints(String name) {
        Problem problem = Problems.create(name, Map.of());
        Objective f = objective(problem);
        double[] x0 = problem.start();
        GradientCheck.assertMatchesFiniteDifferences(f, x0);
        SplittableRandom random = new SplittableRandom(name.hashCode());
        for (int k = 0; k < 5; k++) {
            double[] x = x0.clone();
            for (int j = 0; j < x.length; j++) {
                x[j] += 0.1 * (1.0 + Math.abs(x0[j])) * random.nextDouble(-1.0, 1.0);
            }
            GradientCheck.assertMatchesFiniteDifferences(f, x);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("publishedMinima")
    void valueAtThePublishedMinimizerIsThePublishedMinimum(String name, Map<String, String> params) {
        Problem problem = Problems.create(name, params);
        double fStar = problem.optimalValue().orElseThrow();
        double value = objective(problem).value(problem.optimum());
        Integer digits = DIGITS.get(name);
        double tolerance;
        if (digits != null && fStar != 0.0) {
            tolerance = Math.pow(10, Math.floor(Math.log10(fStar)) - digits + 1); // one unit in the last digit
        } else {
            tolerance = fStar == 0.0 ? 1e-10 : 1e-10 * Math.abs(fStar);
        }
        assertThat(Math.abs(value - fStar)).as("|f(x*) - f*| for %s, f(x*) = %s", name, value)
                .isLessThanOrEqualTo(tolerance);
    }

    /**
     * f(x0) as John Burkardt's TEST_OPT prints it (test_opt_prb_output.txt, format g14.6: 6 significant digits) for
     * the functions and dimensions it shares with MGH: an independent check of x0 and of the formula away from x*.
     * (Its Box 3-D starts from (0, 10, 5), not MGH's (0, 10, 20), and its Gulf value differs too; both are left out.)
     */
    static Stream<Arguments> burkardtStartValues() {
        return Stream.of(
                Arguments.of("mgh-helical-valley", Map.of(), 2500.00),
                Arguments.of("mgh-biggs-exp6", Map.of(), 0.779070),
                Arguments.of("mgh-gaussian", Map.of(), 0.388811e-5),
                Arguments.of("mgh-powell-badly-scaled", Map.of(), 1.13526),
                Arguments.of("mgh-variably-dimensioned", Map.of("n", "4"), 3222.19),
                Arguments.of("mgh-watson", Map.of("n", "4"), 30.0000),
                Arguments.of("mgh-penalty-1", Map.of("n", "4"), 885.063),
                Arguments.of("mgh-penalty-2", Map.of("n", "4"), 2.34001),
                Arguments.of("mgh-brown-badly-scaled", Map.of(), 0.999998e12),
                Arguments.of("mgh-brown-dennis", Map.of(), 0.792669e7),
                Arguments.of("mgh-trigonometric", Map.of("n", "4"), 0.130531e-1),
                Arguments.of("mgh-extended-rosenbrock", Map.of("n", "4"), 48.4000),
                Arguments.of("mgh-extended-powell-singular", Map.of("n", "4"), 215.000),
                Arguments.of("mgh-beale", Map.of(), 14.2031),
                Arguments.of("mgh-wood", Map.of(), 19192.0),
                Arguments.of("mgh-chebyquad", Map.of("n", "4"), 0.711839e-1));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("burkardtStartValues")
    void valueAtTheStartIsBurkardtsToSixDigits(String name, Map<String, String> params, double printed) {
        Problem problem = Problems.create(name, params);
        double value = objective(problem).value(problem.start());
        double halfUnit = 0.5 * Math.pow(10, Math.floor(Math.log10(printed)) - 5);
        assertThat(Math.abs(value - printed)).as("|f(x0) - %s|, f(x0) = %s", printed, value)
                .isLessThanOrEqualTo(halfUnit);
    }

    @Test
    void theSuiteHasEveryMghFunctionInMghOrderWithStandardDimensions() {
        List<Problem> all = MghProblems.all();
        assertThat(all).hasSize(35);
        assertThat(all.get(0).name()).isEqualTo("mgh-rosenbrock");
        assertThat(all.get(34).name()).isEqualTo("mgh-chebyquad");
        assertThat(all).allSatisfy(p -> {
            assertThat(p.optimalValue()).isPresent();
            assertThat(p.optimum()).hasSize(p.dimension());
            assertThat(Problems.get(p.name()).create(Map.of()).start()).containsExactly(p.start());
        });
        assertThat(all.stream().mapToInt(Problem::dimension).toArray()).containsExactly(
                2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 5, 6, 11, 6, 10, 12, 4, 4, 10, 10, 10, 10, 10, 10, 10,
                10, 10, 10, 10);
        assertThat(Problems.create("mgh-rosenbrock", Map.of()).start()).containsExactly(-1.2, 1.0);
        assertThat(Problems.create("mgh-wood", Map.of()).start()).containsExactly(-3.0, -1.0, -3.0, -1.0);
    }

    @Test
    void startFactorScalesTheStartAndDimensionParametersResizeTheProblem() {
        assertThat(Problems.create("mgh-rosenbrock", Map.of("start", "10")).start()).containsExactly(-12.0, 10.0);
        Problem p = Problems.create("mgh-extended-rosenbrock", Map.of("n", "4", "start", "100"));
        assertThat(p.start()).containsExactly(-120.0, 100.0, -120.0, 100.0);
        assertThat(p.params()).containsEntry("n", 4L).containsEntry("start", 100.0);
        Problem cheb = Problems.create("mgh-chebyquad", Map.of("n", "8"));
        assertThat(cheb.optimalValue().getAsDouble()).isEqualTo(3.51687e-3);
        assertThat(Problems.create("mgh-chebyquad", Map.of("n", "8", "m", "9")).optimalValue()).isEmpty();
        assertThat(Problems.create("mgh-watson", Map.of("n", "9")).optimum()).isNull();
        assertThat(Problems.create("mgh-linear-full-rank", Map.of("n", "5", "m", "7")).optimalValue().getAsDouble())
                .isEqualTo(2.0);
    }

    @Test
    void badParametersAreRejectedNamingTheValue() {
        assertThatThrownBy(() -> Problems.create("mgh-extended-rosenbrock", Map.of("n", "3")))
                .hasMessageContaining("n = 3");
        assertThatThrownBy(() -> Problems.create("mgh-extended-powell-singular", Map.of("n", "6")))
                .hasMessageContaining("n = 6");
        assertThatThrownBy(() -> Problems.create("mgh-gulf", Map.of("m", "100"))).hasMessageContaining("m = 100");
        assertThatThrownBy(() -> Problems.create("mgh-watson", Map.of("n", "32"))).hasMessageContaining("n = 32");
        assertThatThrownBy(() -> Problems.create("mgh-linear-full-rank", Map.of("m", "5")))
                .hasMessageContaining("m = 5");
        assertThatThrownBy(() -> Problems.create("mgh-beale", Map.of("start", "0"))).hasMessageContaining("start");
        assertThatThrownBy(() -> Problems.create("mgh-beale", Map.of("n", "3")))
                .hasMessageContaining("unknown parameter 'n'");
    }

    @Test
    void helicalValleyFollowsMghsBranchOfTheAngle() {
        Objective f = objective(Problems.create("mgh-helical-valley", Map.of()));
        // x1 < 0, x2 < 0: theta = atan(x2/x1)/(2 pi) + 1/2 = 1/8 + 1/2, r1 = 10 (0 - 6.25), r2 = 10 (sqrt 2 - 1)
        double r2 = 10.0 * (Math.sqrt(2.0) - 1.0);
        assertThat(f.value(new double[] {-1, -1, 0})).isCloseTo(62.5 * 62.5 + r2 * r2,
                within(1e-9));
        // x1 = 0: theta = 1/4 sign(x2), so r1 = 10 (x3 -+ 2.5) vanishes at x3 = +-2.5; r2 = 0, r3 = x3
        assertThat(f.value(new double[] {0, 1, 2.5})).isEqualTo(6.25);
        assertThat(f.value(new double[] {0, -1, -2.5})).isEqualTo(6.25);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void valueAndGradientAllocateNothingAfterWarmUp(String name) {
        Problem problem = Problems.create(name, Map.of());
        Objective f = objective(problem);
        double[] x = problem.start();
        double[] g = new double[x.length];
        Runnable calls = () -> {
            for (int k = 0; k < 200; k++) {
                f.valueAndGradient(x, g);
                f.value(x);
            }
        };
        for (int k = 0; k < 50; k++) {
            calls.run();
        }
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long before = THREADS.getCurrentThreadAllocatedBytes();
            calls.run();
            long after = THREADS.getCurrentThreadAllocatedBytes();
            long overhead = THREADS.getCurrentThreadAllocatedBytes() - after;
            least = Math.min(least, after - before - overhead);
        }
        assertThat(least).isZero();
    }

    /** The problem's objective (a fresh instance, as each run gets). */
    private static Objective objective(Problem problem) {
        return problem.oracle(0).deterministicObjective();
    }
}
