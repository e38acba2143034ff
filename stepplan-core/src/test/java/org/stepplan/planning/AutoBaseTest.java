package org.stepplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepplan.core.Objective;
import org.stepplan.core.Oracle;
import org.stepplan.core.StochasticObjective;
import org.stepplan.methods.Methods;
import org.stepplan.optim.OptimizerConfig;
import org.stepplan.optim.OptimizerState;

/**
 * The defaults of {@code plan}, {@code base=auto base_step=auto}: which base and base step the first step chooses on
 * an exact and on a sampled oracle, how the base parameters given pick the base, and a snapshot across the choice.
 */
class AutoBaseTest {

    /** f = |w|^2 / 2 in 3 dimensions: exact. */
    private static Oracle exact() {
        return Oracle.of(Objective.of(3, (w, g) -> {
            double f = 0.0;
            for (int i = 0; i < 3; i++) {
                g[i] = w[i];
                f += w[i] * w[i] / 2;
            }
            return f;
        }));
    }

    /** The same function, sampled: each sample scales the gradient by a factor in [0.5, 1.5). */
    private static Oracle sampled(long seed) {
        return Oracle.of(new StochasticObjective() {
            private double factor = 1.0;

            @Override
            public int dimension() {
                return 3;
            }

            @Override
            public void nextSample(RandomGenerator rng) {
                factor = 0.5 + rng.nextDouble();
            }

            @Override
            public double value(double[] w) {
                double f = 0.0;
                for (double wi : w) {
                    f += factor * wi * wi / 2;
                }
                return f;
            }

            @Override
            public double valueAndGradient(double[] w, double[] gradient) {
                for (int i = 0; i < 3; i++) {
                    gradient[i] = factor * w[i];
                }
                return value(w);
            }

            @Override
            public Objective expectation() {
                throw new UnsupportedOperationException();
            }
        }, new SplittableRandom(seed));
    }

    private static BasePlanning stepped(Map<String, String> params, Oracle oracle) {
        BasePlanning opt = (BasePlanning) Methods.configure("plan", params).create(3);
        assertThat(opt.baseStep()).isEqualTo(BaseStep.AUTO);
        opt.step(new double[] {1, -2, 3}, oracle);
        return opt;
    }

    @ParameterizedTest(name = "{0} on a {1} oracle: {2} with {3}")
    @CsvSource({
        "'', exact, gd, SECANT",
        "'', sampled, adam, PLANNED",
        "lr=0.01, exact, adam, PLANNED",
        "gamma=0.01, sampled, gd, FIXED",
        "base=rmsprop, exact, rmsprop, FIXED",
        "base=adam, exact, adam, PLANNED",
        "base=gd, exact, gd, SECANT",
        "base_step=fixed, exact, gd, FIXED"})
    void theFirstStepChoosesTheBaseAndItsStepByTheOracle(String param, String oracle, String base, BaseStep step) {
        Map<String, String> params = param.isEmpty() ? Map.of() : Map.of(param.split("=")[0], param.split("=")[1]);
        BasePlanning opt = stepped(params, oracle.equals("exact") ? exact() : sampled(1));
        assertThat(opt.baseMethod()).isEqualTo(base);
        assertThat(opt.baseStep()).isEqualTo(step);
    }

    /** The first step's event names the choice (a trace keeps it); later steps have none until a plan. */
    @ParameterizedTest(name = "{0} on a {1} oracle")
    @CsvSource({"'', exact, base=gd base_step=secant", "'', sampled, base=adam base_step=planned",
        "base=rmsprop, sampled, base=rmsprop base_step=fixed", "base_step=fixed, exact, base=gd base_step=fixed",
        "base=gd;base_step=fixed, exact, ''"})
    void theFirstStepsEventNamesTheChoice(String param, String oracle, String event) {
        Map<String, String> params = new java.util.HashMap<>();
        for (String kv : param.isEmpty() ? new String[0] : param.split(";")) {
            params.put(kv.split("=")[0], kv.split("=")[1]);
        }
        Oracle o = oracle.equals("exact") ? exact() : sampled(1);
        BasePlanning opt = stepped(params, o);
        assertThat(opt.lastEvent()).isEqualTo(event);
        OptimizerState state = opt.snapshot();
        BasePlanning restored = (BasePlanning) Methods.configure("plan", params).create(3);
        restored.restore(state);
        assertThat(restored.lastEvent()).isEqualTo(event);
        opt.step(new double[] {1, -2, 3}, o);
        assertThat(opt.lastEvent()).isEmpty();
    }

    @Test
    void theDefaultsListBothBasesParametersAndConfigureTheSameAgain() {
        OptimizerConfig config = Methods.configure("plan", Map.of());
        assertThat(config.params()).containsEntry("base", "auto").containsEntry("base_step", "auto")
                .containsEntry("gamma", 0.001).containsEntry("lr", 0.001).containsEntry("acceptance", 0.8);
        Map<String, String> text = new java.util.LinkedHashMap<>();
        config.params().forEach((k, v) -> text.put(k, String.valueOf(v)));
        assertThat(Methods.configure("plan", text)).isEqualTo(config);
        assertThat(((BasePlanning.Config) config).base()).isInstanceOf(AutoBase.class);
    }

    @Test
    void aParameterOfNeitherBaseIsRefusedNamingIt() {
        assertThatThrownBy(() -> Methods.configure("plan", Map.of("momentum", "0.9")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'momentum'")
                .hasMessageContaining("base auto");
    }

    @Test
    void theAutoBaseCannotBeCreatedOnItsOwn() {
        AutoBase auto = (AutoBase) ((BasePlanning.Config) Methods.configure("plan", Map.of())).base();
        assertThatThrownBy(() -> auto.create(3)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("gd on an exact oracle, adam on a sampled one");
    }

    /** A snapshot keeps the choice: restored into a fresh plan it goes on as the original, bit for bit. */
    @Test
    void aSnapshotKeepsTheChoiceAndARestoredRunIsBitIdentical() {
        OptimizerConfig config = Methods.configure("plan", Map.of("horizon", "2"));
        double[] straight = {1, -2, 3};
        BasePlanning original = (BasePlanning) config.create(3);
        Oracle a = sampled(7);
        for (int k = 0; k < 30; k++) {
            original.step(straight, a);
        }

        double[] w = {1, -2, 3};
        BasePlanning first = (BasePlanning) config.create(3);
        Oracle b = sampled(7);
        OptimizerState unresolved = first.snapshot();
        for (int k = 0; k < 13; k++) {
            first.step(w, b);
        }
        OptimizerState state = first.snapshot();
        BasePlanning resumed = (BasePlanning) config.create(3);
        resumed.restore(unresolved);
        assertThat(resumed.baseStep()).isEqualTo(BaseStep.AUTO);
        resumed.restore(state);
        assertThat(resumed.baseMethod()).isEqualTo("adam");
        assertThat(resumed.baseStep()).isEqualTo(BaseStep.PLANNED);
        for (int k = 13; k < 30; k++) {
            resumed.step(w, b);
        }
        assertThat(w).isEqualTo(straight);
        assertThat(resumed.baseScale()).isEqualTo(original.baseScale());
    }
}
