package org.stepplan.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stepplan.problems.Problems;

/** The suite logic on two small problems: the convergence test, the selection rule, the profiles. */
class BenchTest {

    private static final long BUDGET = 300;

    private static List<BenchProblem> problems() {
        return List.of(
                new BenchProblem("small", "rosenbrock", Problems.create("rosenbrock", Map.of())),
                new BenchProblem("small", "quadratic", Problems.create("quadratic", Map.of())));
    }

    private static List<Trial> run(List<Job> jobs) {
        return jobs.stream().map(Job::run).toList();
    }

    @Test
    void lbfgsSolvesBothAndItsCostIsTheFirstEvaluationPassingTheTest() {
        List<Entrant> entrants = Entrants.only(BUDGET, Set.of("lbfgs"));
        List<Trial> trials = run(Bench.jobs(problems(), entrants, BUDGET, 1e-6));
        assertThat(trials).hasSize(2).allSatisfy(t -> assertThat(t.solved()).isTrue());
        Trial t = trials.get(0);
        int k = t.evaluationsToSolve();
        double threshold = 1e-6 * (t.f0() - 0.0);
        assertThat(t.bestSoFar()[k - 1]).isLessThanOrEqualTo(threshold);
        assertThat(t.bestSoFar()[k - 2]).isGreaterThan(threshold);
        assertThat(t.evaluations()).isLessThanOrEqualTo((int) BUDGET);
    }

    @Test
    void theRuleKeepsTheSettingThatSolvesMostThenTheCheapest() {
        List<Entrant> entrants = Entrants.only(BUDGET, Set.of("gd"));
        List<Trial> trials = run(Bench.jobs(problems(), entrants, BUDGET, 1e-3));
        Selection.Chosen c = Selection.choose(entrants, trials, BUDGET).get(0);
        for (Setting s : entrants.get(0).grid()) {
            List<Trial> mine = trials.stream().filter(t -> t.setting().equals(s)).toList();
            long solved = mine.stream().filter(Trial::solved).count();
            assertThat(solved).isLessThanOrEqualTo(c.solved());
            if (solved == c.solved()) {
                long cost = mine.stream().mapToLong(t -> t.solved() ? t.evaluationsToSolve() : BUDGET).sum();
                long chosenCost = c.trials().stream()
                        .mapToLong(t -> t.solved() ? t.evaluationsToSolve() : BUDGET).sum();
                assertThat(cost).isGreaterThanOrEqualTo(chosenCost);
            }
        }
        assertThat(c.describe()).endsWith("(best of 4)");
    }

    @Test
    void profilesAreStepCurvesFromZeroToTheSolvedFraction() {
        List<Entrant> entrants = Entrants.only(BUDGET, Set.of("lbfgs", "gd"));
        List<Trial> trials = run(Bench.jobs(problems(), entrants, BUDGET, 1e-6));
        Bench.SuiteResult r = Bench.assess(trials, entrants, BUDGET).get(0);
        for (int s = 0; s < 2; s++) {
            Profiles.Curve perf = r.performance().get(s);
            double[] y = perf.y();
            assertThat(y[y.length - 1]).isEqualTo((double) r.chosen().get(s).solved() / 2);
            for (int i = 1; i < y.length; i++) {
                assertThat(y[i]).isGreaterThanOrEqualTo(y[i - 1]);
                assertThat(perf.x()[i]).isGreaterThanOrEqualTo(perf.x()[i - 1]);
            }
        }
        // lbfgs is the fastest on both problems here, so its performance profile is 1 at tau = 1 (log2 tau = 0)
        assertThat(r.performance().get(0).y()[0]).isEqualTo(1.0);
        assertThat(r.verdicts().get(0).text()).contains("best on this suite");
    }

    @Test
    void withoutAPublishedOptimumTheLeastValueAnyRunReachedIsFStar() {
        BenchProblem logistic = Suites.of(Set.of("learning")).get(0); // needs ./stepplan data install
        assertThat(logistic.label()).isEqualTo("logistic-breast-cancer");
        assertThat(logistic.publishedOptimum()).isEmpty();
        List<Trial> raw = run(Bench.jobs(List.of(logistic), Entrants.only(100, Set.of("lbfgs", "gd")), 100, 1e-6));
        assertThat(raw).allSatisfy(t -> assertThat(t.fStar()).isNaN());
        List<Trial> trials = Bench.withOptimalValues(raw);
        double least = raw.stream().mapToDouble(t -> t.bestSoFar()[t.evaluations() - 1]).min().orElseThrow();
        assertThat(trials).allSatisfy(t -> assertThat(t.fStar()).isEqualTo(least));
        assertThat(trials.stream().filter(t -> t.bestGap() == 0.0)).allSatisfy(t -> assertThat(t.solved()).isTrue())
                .isNotEmpty();
    }

    @Test
    void onMinibatchesProgressIsTheBestFullBatchLossAmongTheIteratesWithinEachEvaluationCount() {
        BenchProblem b32 = Suites.of(Set.of("learning")).get(1);
        assertThat(b32.label()).isEqualTo("logistic-breast-cancer-b32");
        assertThat(b32.stochastic()).isTrue();
        Trial t = new Job(b32, new Setting("gd", Map.of("gamma", "0.1")), 40, 1e-6).run();
        double[] best = t.bestSoFar();
        assertThat(best).hasSize(40); // gd: one minibatch gradient per iteration, one iterate per evaluation
        assertThat(best[0]).isLessThan(t.f0());
        for (int e = 1; e < best.length; e++) {
            assertThat(best[e]).isLessThanOrEqualTo(best[e - 1]);
        }
        assertThat(best[39]).isLessThanOrEqualTo(t.finalValue());
    }

    @Test
    void stepCurveCountsEntriesAtOrBelowX() {
        Profiles.Curve c = Profiles.staircase("m", new double[] {0, 2, 2, Double.POSITIVE_INFINITY}, 0, 3);
        assertThat(c.x()).containsExactly(0, 2, 2, 3);
        assertThat(c.y()).containsExactly(0.25, 0.25, 0.75, 0.75);
    }

    @Test
    void badBudgetToleranceAndMethodAreRejected() {
        assertThatThrownBy(() -> Bench.jobs(problems(), Entrants.defaults(10), 0, 1e-6))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--budget");
        assertThatThrownBy(() -> Bench.jobs(problems(), Entrants.defaults(10), 10, 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
        assertThatThrownBy(() -> Entrants.only(10, Set.of("no-such")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such");
        assertThatThrownBy(() -> Suites.of(Set.of("cutest")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cutest");
    }
}
