package org.stepplan.suite.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepplan.core.Oracle;
import org.stepplan.methods.Methods;
import org.stepplan.optim.Optimizer;
import org.stepplan.problems.Rosenbrock;
import org.stepplan.run.Minimizer;
import org.stepplan.run.Monitor;
import org.stepplan.run.Result;
import org.stepplan.run.Status;
import org.stepplan.run.StoppingRules;

/** The commons-math3 peers: registered as external, counted through the oracle, within their budget, exact state. */
class CommonsMath3PeerTest {

    private static final double[] START = {-1.2, 1.0};

    @Test
    void theThreePeersAreRegisteredAfterCoresMethodsAndMarkedExternal() {
        assertThat(Methods.isExternal("cm3-cg-pr")).isTrue();
        assertThat(Methods.isExternal("cm3-cg-fr")).isTrue();
        assertThat(Methods.isExternal("cm3-nelder-mead")).isTrue();
        assertThat(Methods.isExternal("lbfgs")).isFalse();
        assertThat(Methods.all().get(Methods.all().size() - 1).name()).isEqualTo("cm3-nelder-mead");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cm3-cg-pr", "cm3-cg-fr", "cm3-nelder-mead"})
    void oneStepRunsTheLibraryThroughTheOracleThenTheRunStops(String method) {
        Rosenbrock f = new Rosenbrock();
        Oracle oracle = Oracle.of(f);
        Result r = Minimizer.minimize(oracle, Methods.configure(method, Map.of("max_evals", "3000")), START,
                Monitor.of(f, null), StoppingRules.iterations(100));
        assertThat(r.status()).isEqualTo(Status.STOPPED);
        assertThat(r.iterations()).isEqualTo(1);
        assertThat(r.loss()).isLessThan(f.value(START));
        long total = r.gradEvals() + r.funcEvals();
        assertThat(total).isBetween(10L, 3000L);
        assertThat(r.gradEvals() == 0).isEqualTo(method.equals("cm3-nelder-mead"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cm3-cg-pr", "cm3-nelder-mead"})
    void theBudgetCutsTheCallShortAtTheBestEvaluatedPoint(String method) {
        Rosenbrock f = new Rosenbrock();
        Oracle oracle = Oracle.of(f);
        Optimizer opt = Methods.configure(method, Map.of("max_evals", "25")).create(2);
        double[] w = START.clone();
        opt.step(w, oracle);
        assertThat(oracle.gradientEvaluations() + oracle.functionEvaluations()).isEqualTo(25);
        assertThat(opt.lastEvent()).isEqualTo("budget");
        assertThat(f.value(w)).isLessThan(f.value(START));
        assertThat(opt.stopped()).isTrue();
    }

    @Test
    void snapshotRestoresWhetherTheCallHasRun() {
        Optimizer ran = Methods.configure("cm3-cg-fr", Map.of("max_evals", "50")).create(2);
        ran.step(START.clone(), Oracle.of(new Rosenbrock()));
        Optimizer fresh = Methods.configure("cm3-cg-fr", Map.of("max_evals", "50")).create(2);
        fresh.restore(ran.snapshot());
        Oracle oracle = Oracle.of(new Rosenbrock());
        double[] w = START.clone();
        fresh.step(w, oracle);
        assertThat(oracle.gradientEvaluations() + oracle.functionEvaluations()).isZero();
        assertThat(w).containsExactly(START);
        assertThat(fresh.stopped()).isTrue();
    }

    @Test
    void aBudgetBelowOneIsRejectedNamingIt() {
        assertThatThrownBy(() -> Methods.configure("cm3-nelder-mead", Map.of("max_evals", "0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max_evals")
                .hasMessageContaining("0");
    }
}
