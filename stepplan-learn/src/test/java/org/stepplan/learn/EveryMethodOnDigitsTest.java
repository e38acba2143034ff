package org.stepplan.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepplan.core.Oracle;
import org.stepplan.optim.MethodSpec;
import org.stepplan.methods.Methods;
import org.stepplan.optim.OptimizerConfig;
import org.stepplan.problems.Compatibility;
import org.stepplan.problems.Problems;
import org.stepplan.run.Minimizer;
import org.stepplan.run.Result;
import org.stepplan.run.Status;
import org.stepplan.run.StoppingRules;

/**
 * The contract on real data: every method of {@code stepplan list} runs one epoch of {@code softmax} on
 * {@code digits} with {@code batch=32} (1,438 training examples: a budget of 45 gradient evaluations, overshot by the
 * methods that evaluate several gradients per iteration) at its default settings and ends with a finite training
 * loss below the start's ln 10, or fails in the documented way:
 * <ul>
 *   <li>{@code nesterov}, {@code nesterov-schedule} have no default L (required): given L = 2 (a bound on the
 *       Hessian's largest eigenvalue here) and {@code nesterov} mu = 1.7e-4 (see {@link SoftmaxNewtonReferenceTest});
 *       {@code polyak} has no default
 *       f*: given the lower bound 0 (cross-entropy is non-negative);</li>
 *   <li>{@code idbd}, {@code autostep} need linear least-mean-squares examples and {@code vsgd} the Hessian
 *       diagonal, which these problems do not offer: rejected before the run, naming what is missing;</li>
 *   <li>{@code lbfgs} stops itself before the epoch ends (status {@code stopped}): every line-search trial draws a
 *       new minibatch, so its Wolfe conditions fail; it restarts once from steepest descent, then stops;</li>
 *   <li>{@code csawg} at its defaults (gamma 0.001, K 2, P 1, M 0) ends the epoch with a finite but exploded training
 *       loss (5.1e92 measured): its planned step sizes, fitted to minibatch gradients, blow up.</li>
 * </ul>
 */
class EveryMethodOnDigitsTest {

    private static final Map<String, Map<String, String>> REQUIRED = Map.of(
            "nesterov", Map.of("lipschitz", "2", "mu", "1.7e-4"),
            "nesterov-schedule", Map.of("lipschitz", "2"),
            "polyak", Map.of("fstar", "0"));

    private static final Map<String, String> UNSUPPORTED = Map.of(
            "idbd", "linear", "autostep", "linear", "vsgd", "Hessian");

    private static final java.util.Set<String> LOSS_GROWS = java.util.Set.of("csawg");

    private static final java.util.Set<String> STOPS_ITSELF = java.util.Set.of("lbfgs");

    static Stream<String> methods() {
        return Methods.all().stream().map(MethodSpec::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void oneEpochOfSoftmaxOnDigitsEndsFiniteOrFailsAsDocumented(String method) {
        LearningProblem p = (LearningProblem) Problems.create("softmax", Map.of("dataset", "digits", "batch", "32"));
        OptimizerConfig config = Methods.configure(method, REQUIRED.getOrDefault(method, Map.of()));
        if (UNSUPPORTED.containsKey(method)) {
            assertThatThrownBy(() -> Compatibility.check(p, config)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(UNSUPPORTED.get(method));
            return;
        }
        Compatibility.check(p, config);
        Oracle oracle = p.oracle(1);
        Result r = Minimizer.minimize(oracle, config, p.start(), p.monitor(oracle),
                new StoppingRules(Long.MAX_VALUE, 45, Double.NaN, Double.NaN, true));
        if (STOPS_ITSELF.contains(method)) {
            assertThat(r.status()).isEqualTo(Status.STOPPED);
            assertThat(r.gradEvals()).isLessThan(45);
        } else {
            assertThat(r.status()).isEqualTo(Status.MAX_GRAD_EVALS);
            assertThat(oracle.examples()).isGreaterThanOrEqualTo(1438);
        }
        double loss = p.trainingLoss(r.w());
        assertThat(loss).isFinite();
        if (LOSS_GROWS.contains(method)) {
            assertThat(loss).isGreaterThan(Math.log(10));
        } else {
            assertThat(loss).isLessThan(Math.log(10));
        }
    }
}
