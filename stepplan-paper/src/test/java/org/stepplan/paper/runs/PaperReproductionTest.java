package org.stepplan.paper.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepplan.experiment.Experiment;
import org.stepplan.experiment.RunSpec;
import org.stepplan.run.Result;
import org.stepplan.run.Status;
import org.stepplan.run.StoppingRules;
import org.stepplan.run.TraceRow;

/**
 * The paper's planning results, computed through {@link Experiment#execute}, the code path of {@code stepplan run}.
 * Error is ||w - w*||_2; "zero error" is exactly 0.0 (docs/methods.md §10c').
 */
class PaperReproductionTest {

    private static Result run(String problem, String method, Map<String, String> params, long iterations) {
        return Experiment.execute(RunSpec.of(problem, method, params, StoppingRules.iterations(iterations))).result();
    }

    /** Figure 7: "Csawg-p5 K2 reached zero error at iteration 17 with 458" and "K10 ... iteration 79 with 465". */
    @ParameterizedTest(name = "Csaug K={0}: zero error at k={1} with {2} gradient evaluations")
    @CsvSource({"2, 18, 458", "10, 80, 465"})
    void repeatedPlanningReachesExactZeroErrorAsInFigure7(int k, long iteration, long gradEvals) {
        Result r = run("rosenbrock", "csaug", Map.of("gamma", "0.001", "horizon", Integer.toString(k), "projections",
                "5", "corrections", "10"),
                20_000);
        assertThat(r.status()).isEqualTo(Status.CONVERGED);
        assertThat(r.firstZeroError()).isEqualTo(new Result.Mark(iteration, gradEvals));
        assertThat(r.w()).containsExactly(1.0, 1.0);
    }

    /**
     * Figure 5a: at 10,000 gradient evaluations the error of GD(0.001) over that of Csawg(gamma 0.001) is 400 / 320 /
     * 133 for K = 2 / 5 / 10; within 10%.
     */
    @ParameterizedTest(name = "Csawg K={0}: speed-up over GD about {1}")
    @CsvSource({"2, 400", "5, 320", "10, 133"})
    void singleStepPlanningSpeedUpOverGradientDescentAsInFigure5(int k, double paperRatio) {
        Result gd = run("rosenbrock", "gd", Map.of("gamma", "0.001"), 10_000);
        Result csawg = run("rosenbrock", "csawg", Map.of("gamma", "0.001", "horizon", Integer.toString(k)), 10_000);
        TraceRow g = gd.lastRowWithin(10_000);
        TraceRow c = csawg.lastRowWithin(10_000);
        assertThat(g.gradEvals()).isEqualTo(10_000);
        assertThat(c.gradEvals()).isGreaterThan(9_990);
        double ratio = g.error() / c.error();
        assertThat(ratio).isCloseTo(paperRatio, within(0.10 * paperRatio));
    }

    /** Section 3, Figure 3a: Csawg K2 (gamma 0.0009) reaches zero error in fewer than 500 iterations. */
    @Test
    void csawgK2ReachesExactZeroOnTheQuadraticInUnder500Iterations() {
        Result r = run("quadratic-paper", "csawg", Map.of("gamma", "0.0009", "horizon", "2"), 500);
        assertThat(r.status()).isEqualTo(Status.CONVERGED);
        assertThat(r.firstZeroError().iterations()).isLessThan(500);
    }

    /** Figure 3a: "Csawg K10, K100, K1000 eventually also reduced the error to zero". */
    @ParameterizedTest(name = "Csawg K={0} reaches exact zero on the quadratic")
    @ValueSource(ints = {10, 100, 1000})
    void csawgWithLongerHorizonsAlsoReachExactZero(int k) {
        Result r = run("quadratic-paper", "csawg", Map.of("gamma", "0.0009", "horizon", Integer.toString(k)), 20_000);
        assertThat(r.status()).isEqualTo(Status.CONVERGED);
        assertThat(r.error()).isEqualTo(0.0);
    }

    /** The per-iteration error rate (e_end / e_begin)^(1/(end-begin)) over a window of the trace. */
    private static double rate(List<TraceRow> trace, int begin, int end) {
        return Math.pow(trace.get(end).error() / trace.get(begin).error(), 1.0 / (end - begin));
    }

    /** Section 3: GD with step 0.00099 converges at about 1 - mu/L = 0.999 per iteration. */
    @Test
    void gradientDescentRateOnTheQuadraticIsAbout0999() {
        Result r = run("quadratic-paper", "gd", Map.of("gamma", "0.00099"), 2_000);
        assertThat(rate(r.trace(), 1_000, 2_000)).isCloseTo(0.999, within(0.0005));
    }

    /** Section 3: Nesterov's rate on the quadratic is about 1 - sqrt(mu/L) = 0.968. */
    @Test
    void nesterovRateOnTheQuadraticIsAbout0968To0972() {
        Result r = run("quadratic-paper", "nesterov", Map.of("lipschitz", "1000", "mu", "1"), 600);
        assertThat(rate(r.trace(), 100, 600)).isBetween(0.968, 0.972);
    }
}
