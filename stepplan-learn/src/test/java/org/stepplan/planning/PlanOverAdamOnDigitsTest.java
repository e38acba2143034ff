package org.stepplan.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepplan.core.Oracle;
import org.stepplan.learn.LearningProblem;
import org.stepplan.methods.Methods;
import org.stepplan.problems.Problems;
import org.stepplan.run.Minimizer;
import org.stepplan.run.Result;
import org.stepplan.run.Status;
import org.stepplan.run.StoppingRules;
import org.stepplan.run.TraceMemory;

/**
 * A loose guard on target T2 (docs/planning.md, section 4): on softmax/digits at batch 32, planning over Adam at lr
 * 1e-3 ({@code plan} at its defaults: on a minibatch, adam with the planned lr) reaches the same-lr Adam's 20-epoch
 * training loss within 60% of Adam's examples (the study measures 0.10 on this seed; the target is 0.40). Needs the digits data set
 * ({@code ./stepplan data install}); fails when it is absent.
 */
class PlanOverAdamOnDigitsTest {

    private static final int PER_EPOCH = 45; // ceil(1438 training examples / 32)
    private static final int EPOCHS = 20;

    @Test
    void planReachesAdamsTwentyEpochLossInAFractionOfItsExamples() {
        LearningProblem problem = (LearningProblem) Problems.create("softmax", Map.of("dataset", "digits",
                "batch", "32"));
        assertThat(problem.trainingExamples()).isEqualTo(1438);
        Oracle adamOracle = problem.oracle(0);
        Result adam = Minimizer.minimize(adamOracle, Methods.configure("adam", Map.of()), problem.start(),
                problem.monitor(adamOracle), StoppingRules.iterations((long) EPOCHS * PER_EPOCH), TraceMemory.NONE);
        double target = problem.trainingLoss(adam.w());
        long adamExamples = adamOracle.examples();
        assertThat(adamExamples).isEqualTo(EPOCHS * 1438L);

        Oracle planOracle = problem.oracle(0);
        LossReached watch = new LossReached(problem, planOracle, target, PER_EPOCH / 5);
        Result plan = Minimizer.minimize(planOracle, Methods.configure("plan", Map.of()), problem.start(),
                problem.monitor(planOracle), StoppingRules.iterations((long) EPOCHS * PER_EPOCH), TraceMemory.NONE,
                watch);
        assertThat(plan.status()).isEqualTo(Status.MAX_ITERATIONS);
        assertThat(watch.examples()).isPositive();
        assertThat((double) watch.examples() / adamExamples).isLessThanOrEqualTo(0.60);
    }
}
