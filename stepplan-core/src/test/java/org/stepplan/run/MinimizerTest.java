package org.stepplan.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ReadOnlyBufferException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepplan.core.Objective;
import org.stepplan.core.Oracle;
import org.stepplan.core.SeparableQuadratic;
import org.stepplan.optim.GradientDescent;
import org.stepplan.planning.StepSizePlanning;

class MinimizerTest {

    private static final SeparableQuadratic Q = SeparableQuadratic.wellConditioned();
    private static final double[] START = {3, 2, -2};

    private static Result gd(double gamma, StoppingRules rules, RunListener... listeners) {
        return Minimizer.minimize(Oracle.of(Q), new GradientDescent.Config(gamma), START,
                Monitor.of(Q, Q.minimizer()), rules, TraceMemory.ALL, listeners);
    }

    @Test
    void rowZeroIsTheStartAndThereIsOneRowPerIteration() {
        Result r = gd(0.1, StoppingRules.iterations(5));
        assertThat(r.status()).isEqualTo(Status.MAX_ITERATIONS);
        assertThat(r.iterations()).isEqualTo(5);
        assertThat(r.trace()).hasSize(6);
        assertThat(r.trace().get(0).iteration()).isZero();
        assertThat(r.trace().get(0).loss()).isEqualTo(Q.value(START));
        assertThat(r.trace().get(5).gradEvals()).isEqualTo(5);
        assertThat(r.trace().get(3).stepSizes()).containsExactly(0.1);
    }

    @Test
    void stopsAtTheTargetErrorOrTheGradientBudget() {
        Result target = gd(0.1, StoppingRules.iterations(10_000).withTargetError(1e-3));
        assertThat(target.status()).isEqualTo(Status.TARGET_REACHED);
        assertThat(target.error()).isLessThanOrEqualTo(1e-3);
        assertThat(target.trace().get(target.trace().size() - 2).error()).isGreaterThan(1e-3);
        Result budget = gd(0.1, StoppingRules.iterations(10_000).withMaxGradEvals(7));
        assertThat(budget.status()).isEqualTo(Status.MAX_GRAD_EVALS);
        assertThat(budget.gradEvals()).isEqualTo(7);
    }

    @Test
    void aGradientBudgetInOneCallHasNoIterationLimit() {
        // gamma so small that nothing else stops the run before 12,345 > DEFAULT_MAX_ITERATIONS evaluations
        Result r = gd(1e-9, StoppingRules.maxGradEvals(12_345));
        assertThat(r.status()).isEqualTo(Status.MAX_GRAD_EVALS);
        assertThat(r.gradEvals()).isEqualTo(12_345);
        assertThat(r.iterations()).isEqualTo(12_345).isGreaterThan(StoppingRules.DEFAULT_MAX_ITERATIONS);
        assertThat(StoppingRules.maxGradEvals(5)).isEqualTo(StoppingRules.iterations(Long.MAX_VALUE).withMaxGradEvals(5));
    }

    @Test
    void aPlanStopsWhereTheGradientBudgetIsSpent() {
        // the first plan comes at k = 2K = 4 (4 evaluations) and would cost P(1+M) = 55 more
        Oracle oracle = Oracle.of(Q);
        Result r = Minimizer.minimize(oracle, StepSizePlanning.Config.csaug(0.01, 2, 5, 10), START,
                Monitor.of(Q, Q.minimizer()), StoppingRules.iterations(1000).withMaxGradEvals(10));
        assertThat(r.status()).isEqualTo(Status.MAX_GRAD_EVALS);
        assertThat(r.iterations()).isEqualTo(4);
        assertThat(r.gradEvals()).isEqualTo(10);
        assertThat(oracle.gradientLimit()).as("the run's budget ends with the run").isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aHugePlanEndsAtTheBudget() {
        Result r = Minimizer.minimize(Oracle.of(Q), StepSizePlanning.Config.csaug(0.01, 2, Integer.MAX_VALUE,
                Integer.MAX_VALUE), START, Monitor.of(Q, Q.minimizer()),
                StoppingRules.iterations(1000).withMaxGradEvals(100));
        assertThat(r.status()).isEqualTo(Status.MAX_GRAD_EVALS);
        assertThat(r.gradEvals()).isEqualTo(100);
    }

    @Test
    void exactZeroErrorIsConvergedAndMarked() {
        // gamma = 1/q_i makes each component exact in one step for q = 1; use q = (1, 1, 1)
        SeparableQuadratic unit = new SeparableQuadratic(new double[] {1, 1, 1}, new double[] {1, -1, 0.5});
        Result r = Minimizer.minimize(Oracle.of(unit), new GradientDescent.Config(1.0), START,
                Monitor.of(unit, unit.minimizer()), StoppingRules.iterations(100));
        assertThat(r.status()).isEqualTo(Status.CONVERGED);
        assertThat(r.firstZeroError()).isEqualTo(new Result.Mark(1, 1));
    }

    @Test
    void divergenceStopsAtTheFirstNonFiniteValueAndKeepsTheFiniteTrace() {
        Result r = gd(10.0, StoppingRules.iterations(100_000));
        assertThat(r.status()).isEqualTo(Status.DIVERGED);
        assertThat(r.trace()).hasSize((int) r.iterations());
        assertThat(r.trace()).allSatisfy(row -> assertThat(row.loss()).isFinite());
        assertThat(Double.isFinite(r.loss()) && org.stepplan.core.Vectors.allFinite(r.w())).isFalse();
    }

    @Test
    void listenersSeeEveryRowAndTheResult() {
        List<TraceRow> rows = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        Result r = gd(0.1, StoppingRules.iterations(4), new RunListener() {
            @Override
            public void onRow(TraceRow row) {
                rows.add(row);
            }

            @Override
            public void onFinish(Result result) {
                results.add(result);
            }
        });
        assertThat(rows).usingRecursiveFieldByFieldElementComparator().isEqualTo(r.trace());
        assertThat(results).containsExactly(r);
    }

    @Test
    void withoutATraceMemoryTheResultKeepsNoRows() {
        Result r = Minimizer.minimize(Oracle.of(Q), new GradientDescent.Config(0.1), START,
                Monitor.of(Q, Q.minimizer()), StoppingRules.iterations(5));
        assertThat(r.traceKept()).isFalse();
        assertThatThrownBy(r::trace).isInstanceOf(IllegalStateException.class).hasMessageContaining("TraceMemory");
    }

    @Test
    void aThinnedTraceKeepsRowZeroTheMultiplesAndTheLastRow() {
        Result r = Minimizer.minimize(Oracle.of(Q), new GradientDescent.Config(0.1), START,
                Monitor.of(Q, Q.minimizer()), StoppingRules.iterations(23), TraceMemory.every(10));
        Result all = gd(0.1, StoppingRules.iterations(23));
        assertThat(r.trace()).extracting(TraceRow::iteration).containsExactly(0L, 10L, 20L, 23L);
        assertThat(r.trace().get(3).loss()).isEqualTo(all.trace().get(23).loss());
        assertThat(r.trace().get(3).gradEvals()).isEqualTo(23);
    }

    @Test
    void aThinnedTraceKeepsEveryPlanRow() {
        Result r = Minimizer.minimize(Oracle.of(Q), StepSizePlanning.Config.csawg(0.1, 3), START,
                Monitor.of(Q, Q.minimizer()), StoppingRules.iterations(10), TraceMemory.every(100));
        assertThat(r.trace()).extracting(TraceRow::iteration).containsExactly(0L, 6L, 9L, 10L);
        assertThat(r.trace()).extracting(TraceRow::event).containsExactly("", "plan", "plan", "");
    }

    @Test
    void aThinnedTraceOfADivergedRunEndsAtTheLastFiniteRow() {
        Result all = gd(10.0, StoppingRules.iterations(100_000));
        Result thin = Minimizer.minimize(Oracle.of(Q), new GradientDescent.Config(10.0), START,
                Monitor.of(Q, Q.minimizer()), StoppingRules.iterations(100_000), TraceMemory.every(1000));
        assertThat(thin.status()).isEqualTo(Status.DIVERGED);
        assertThat(thin.trace().get(thin.trace().size() - 1)).usingRecursiveComparison()
                .isEqualTo(all.trace().get(all.trace().size() - 1));
    }

    @Test
    void listenersReadTheCurrentWeightsReadOnly() {
        List<double[]> path = new ArrayList<>();
        Result r = gd(0.1, StoppingRules.iterations(3), new RunListener() {
            @Override
            public void onIteration(Iteration it) {
                double[] w = new double[it.w().capacity()];
                it.w().get(0, w);
                path.add(w);
                assertThatThrownBy(() -> it.w().put(0, 1.0)).isInstanceOf(ReadOnlyBufferException.class);
            }
        });
        assertThat(path).hasSize(4);
        assertThat(path.get(0)).containsExactly(START);
        assertThat(path.get(3)).containsExactly(r.w());
    }

    @Test
    void startIsValidated() {
        assertThatThrownBy(() -> Minimizer.minimize(Oracle.of(Q), new GradientDescent.Config(0.1),
                new double[] {1, 2}, Monitor.of(Q, null), StoppingRules.iterations(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length 2");
        assertThatThrownBy(() -> Minimizer.minimize(Oracle.of(Q), new GradientDescent.Config(0.1),
                new double[] {1, Double.POSITIVE_INFINITY, 0}, Monitor.of(Q, null), StoppingRules.iterations(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start[1]");
    }

    @Test
    void unknownOptimumLeavesTheErrorUndefined() {
        Objective f = Q;
        Result r = Minimizer.minimize(Oracle.of(f), new GradientDescent.Config(0.1), START, Monitor.of(f, null),
                StoppingRules.iterations(3));
        assertThat(r.errorKnown()).isFalse();
        assertThat(r.error()).isNaN();
    }

    @Test
    void stoppingRulesRejectBadValues() {
        assertThatThrownBy(() -> StoppingRules.iterations(-1)).hasMessageContaining("max-iterations");
        assertThatThrownBy(() -> StoppingRules.iterations(1).withMaxGradEvals(0)).hasMessageContaining("max-grad-evals");
        assertThatThrownBy(() -> StoppingRules.maxGradEvals(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max-grad-evals must be >= 1, got 0");
        assertThatThrownBy(() -> StoppingRules.iterations(1).withTargetError(-1)).hasMessageContaining("target-error");
        assertThatThrownBy(() -> StoppingRules.iterations(1).continuingPastZeroError(-3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("continue-past-zero must be >= 0 iterations, got -3");
    }

    @Test
    void runsCanGoOnPastExactZeroErrorKeepingTheFirstMark() {
        SeparableQuadratic unit = new SeparableQuadratic(new double[] {1, 1, 1}, new double[] {1, -1, 0.5});
        Result r = Minimizer.minimize(Oracle.of(unit), new GradientDescent.Config(1.0), START,
                Monitor.of(unit, unit.minimizer()), StoppingRules.iterations(5).continuingPastZeroError(),
                TraceMemory.ALL);
        assertThat(r.status()).isEqualTo(Status.MAX_ITERATIONS);
        assertThat(r.iterations()).isEqualTo(5);
        assertThat(r.trace()).hasSize(6);
        assertThat(r.firstZeroError()).isEqualTo(new Result.Mark(1, 1));
        assertThat(r.error()).isZero();
    }

    @Test
    void runsCanGoOnAGivenNumberOfIterationsPastExactZeroErrorThenStopAsConverged() {
        SeparableQuadratic unit = new SeparableQuadratic(new double[] {1, 1, 1}, new double[] {1, -1, 0.5});
        Result r = Minimizer.minimize(Oracle.of(unit), new GradientDescent.Config(1.0), START,
                Monitor.of(unit, unit.minimizer()), StoppingRules.iterations(10).continuingPastZeroError(3),
                TraceMemory.ALL);
        assertThat(r.status()).isEqualTo(Status.CONVERGED);
        assertThat(r.firstZeroError()).isEqualTo(new Result.Mark(1, 1));
        assertThat(r.iterations()).isEqualTo(4);
        assertThat(r.trace()).hasSize(5);
        assertThat(StoppingRules.iterations(10).continuingPastZeroError(0)).isEqualTo(StoppingRules.iterations(10));
        assertThat(StoppingRules.iterations(10).continuingPastZeroError(0).stopAtZeroError()).isTrue();
        assertThat(StoppingRules.iterations(10).continuingPastZeroError().stopAtZeroError()).isFalse();
    }

    @Test
    void anOracleThatOnceSawANonFiniteGradientCanServeTheNextRun() {
        Oracle oracle = Oracle.of(Q);
        oracle.gradient(new double[] {Double.NaN, 0, 0}, new double[3]);
        Result r = Minimizer.minimize(oracle, new GradientDescent.Config(0.1), START, Monitor.of(Q, Q.minimizer()),
                StoppingRules.iterations(3));
        assertThat(r.status()).isEqualTo(Status.MAX_ITERATIONS);
        assertThat(r.gradEvals()).isEqualTo(3);
    }

    @Test
    void monitorOptimumOfAnotherDimensionIsRejected() {
        assertThatThrownBy(() -> Monitor.of(Q, new double[] {1, 2, 3, 4}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("optimum has length 4 but the objective has dimension 3");
    }
}
