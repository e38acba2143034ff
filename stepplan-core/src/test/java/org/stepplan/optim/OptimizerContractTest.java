package org.stepplan.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepplan.core.Objective;
import org.stepplan.core.Oracle;
import org.stepplan.core.ParamSpec;
import org.stepplan.core.Vectors;
import org.stepplan.methods.Methods;
import org.stepplan.run.MemoryEstimate;
import org.stepplan.run.Minimizer;
import org.stepplan.run.Monitor;
import org.stepplan.run.Result;
import org.stepplan.run.Status;
import org.stepplan.run.StoppingRules;
import org.stepplan.run.TraceMemory;

/** The contract every registered optimizer honours (torch.optim-style suite over the registry). */
class OptimizerContractTest {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

    static List<ContractCase> cases() {
        return ContractCases.all();
    }

    @Test
    void everyRegisteredMethodHasAContractCase() {
        assertThat(cases().stream().map(ContractCase::method).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(Methods.all().stream().map(MethodSpec::name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void lossFallsBelowHalfOnTheCaseProblem(ContractCase c) {
        Oracle oracle = c.oracles().apply(1);
        Optimizer opt = c.config().create(oracle.dimension());
        double[] w = c.start().clone();
        Objective f = oracle.measuredObjective();
        double f0 = f.value(w);
        for (int k = 0; k < c.decreaseWithin(); k++) {
            opt.step(w, oracle);
        }
        assertThat(f.value(w)).isLessThan(f0 / 2);
    }

    /**
     * After warm-up a step allocates zero bytes (the JVM's per-thread allocation counter). One-off JVM events (a late
     * recompilation, a deoptimization) can allocate a few bytes once; an allocation inside step() shows in every round
     * (5,000 steps x at least 16 bytes), so the least of five rounds is taken.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void stepAllocatesNothingAfterWarmUp(ContractCase c) {
        Oracle oracle = c.oracles().apply(3);
        Optimizer opt = c.config().create(oracle.dimension());
        double[] w = c.start().clone();
        Runnable steps = () -> {
            for (int k = 0; k < 5_000; k++) {
                opt.step(w, oracle);
            }
        };
        for (int round = 0; round < 4; round++) { // warm-up: JIT compilation, every code path (planning included)
            steps.run();
        }
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            least = Math.min(least, allocatedBy(steps));
        }
        assertThat(least).isZero();
    }

    private static long allocatedBy(Runnable r) {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        r.run();
        long after = THREADS.getCurrentThreadAllocatedBytes();
        long overhead = THREADS.getCurrentThreadAllocatedBytes() - after; // the counter's own cost
        return after - before - overhead;
    }

    /** The run-memory estimate reads every vector of the snapshot: it grows by 8 bytes per vector per component. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void runMemoryEstimateCountsEverySnapshotVector(ContractCase c) {
        OptimizerState state = c.config().create(1000).snapshot();
        long vectors = 0;
        for (String name : state.arrayNames()) {
            vectors += state.array(name).length == 1000 ? 1 : 0;
        }
        long perComponent = MemoryEstimate.runBytes(c.config(), 1001) - MemoryEstimate.runBytes(c.config(), 1000);
        assertThat(perComponent).isEqualTo(8 * (vectors + MemoryEstimate.RUN_VECTORS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void snapshotRestoreIsBitIdenticalToAnUninterruptedRun(ContractCase c) {
        int n = 7;
        int m = 11;
        Oracle straightOracle = c.oracles().apply(5);
        Optimizer straight = c.config().create(straightOracle.dimension());
        double[] w1 = c.start().clone();
        for (int k = 0; k < n + m; k++) {
            straight.step(w1, straightOracle);
        }

        Oracle oracle = c.oracles().apply(5);
        Optimizer first = c.config().create(oracle.dimension());
        double[] w2 = c.start().clone();
        for (int k = 0; k < n; k++) {
            first.step(w2, oracle);
        }
        OptimizerState state = first.snapshot();
        for (int k = 0; k < 3; k++) {
            first.step(w2.clone(), c.oracles().apply(99)); // the original goes on; the snapshot must not
        }
        Optimizer resumed = c.config().create(oracle.dimension());
        resumed.restore(state);
        for (int k = 0; k < m; k++) {
            resumed.step(w2, oracle);
        }
        assertThat(w2).isEqualTo(w1);
        for (int i = 0; i < straight.stepSizeCount(); i++) {
            assertThat(Double.doubleToRawLongBits(resumed.stepSize(i)))
                    .isEqualTo(Double.doubleToRawLongBits(straight.stepSize(i)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void invalidConfigIsRejectedNamingTheField(ContractCase c) {
        Map<String, String> bad = new HashMap<>(c.params());
        bad.put(c.badParam(), c.badValue());
        assertThatThrownBy(() -> Methods.configure(c.method(), bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(c.badParam())
                .hasMessageContaining(c.badValue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theParamsMapUsesTheRegistryNamesAndConfiguresTheSameConfigAgain(ContractCase c) {
        OptimizerConfig config = c.config();
        Map<String, String> text = new LinkedHashMap<>();
        config.params().forEach((name, value) -> text.put(name, String.valueOf(value)));

        assertThat(Methods.get(c.method()).params()).extracting(ParamSpec::name).containsAll(text.keySet());
        assertThat(Methods.configure(c.method(), text)).isEqualTo(config);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void unknownParameterIsRejected(ContractCase c) {
        Map<String, String> bad = new HashMap<>(c.params());
        bad.put("no-such-parameter", "1");
        assertThatThrownBy(() -> Methods.configure(c.method(), bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-parameter");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void nullParameterMapIsRejectedNamingIt(ContractCase c) {
        assertThatThrownBy(() -> Methods.configure(c.method(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parameters of method '" + c.method() + "' must not be null");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void stepSizeIndexOutOfRangeIsRejectedNamingIt(ContractCase c) {
        Optimizer opt = c.config().create(c.start().length);
        int count = opt.stepSizeCount();
        for (int i : new int[] {-1, count, count + 5}) {
            assertThatThrownBy(() -> opt.stepSize(i))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("step-size index i must be in [0, " + count + ") for " + c.method() + ", got " + i);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void zeroGradientCausesNoNonFiniteValue(ContractCase c) {
        Oracle oracle = c.zeroGradient().get();
        Optimizer opt = c.config().create(oracle.dimension());
        double[] w = c.start().clone();
        for (int k = 0; k < 12; k++) {
            opt.step(w, oracle);
            assertThat(Vectors.allFinite(w)).isTrue();
            for (int i = 0; i < opt.stepSizeCount(); i++) {
                assertThat(opt.stepSize(i)).isFinite();
            }
        }
        assertThat(oracle.gradientEvaluations()).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void nonFiniteGradientEndsTheRunAsDiverged(ContractCase c) {
        Objective healthy = c.oracles().apply(3).measuredObjective(); // the monitor measures a finite problem
        Result r = Minimizer.minimize(c.nonFinite().get(), c.config(), c.start(), Monitor.of(healthy, null),
                StoppingRules.iterations(50), TraceMemory.ALL);
        assertThat(r.status()).isEqualTo(Status.DIVERGED);
        assertThat(r.iterations()).as("diverged at the step that drew the third gradient").isBetween(1L, 3L);
        assertThat(r.trace()).hasSize((int) r.iterations()).allSatisfy(row -> assertThat(row.loss()).isFinite());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void stepSizesAreObservable(ContractCase c) {
        Oracle oracle = c.oracles().apply(2);
        Optimizer opt = c.config().create(oracle.dimension());
        assertThat(opt.stepSizeCount()).isIn(0, 1, oracle.dimension());
        double[] w = c.start().clone();
        for (int k = 0; k < 5; k++) {
            opt.step(w, oracle);
            for (int i = 0; i < opt.stepSizeCount(); i++) {
                assertThat(opt.stepSize(i)).isFinite();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evaluationCountsPerStepMatchTheMethodsDefinition(ContractCase c) {
        Oracle oracle = c.oracles().apply(4);
        Optimizer opt = c.config().create(oracle.dimension());
        double[] w = c.start().clone();
        for (int k = 0; k < 3; k++) { // no method in the registry plans before its third step
            long g0 = oracle.gradientEvaluations();
            long f0 = oracle.functionEvaluations();
            opt.step(w, oracle);
            assertThat(oracle.gradientEvaluations() - g0).as("gradient evaluations")
                    .isEqualTo(k == 0 ? c.firstStepGrad() : c.gradPerStep());
            assertThat(oracle.functionEvaluations() - f0).as("function evaluations").isEqualTo(c.funcPerStep());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void wrongLengthWeightsAreRejected(ContractCase c) {
        Oracle oracle = c.oracles().apply(1);
        Optimizer opt = c.config().create(oracle.dimension());
        assertThatThrownBy(() -> opt.step(new double[oracle.dimension() + 1], oracle))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length");
    }
}
