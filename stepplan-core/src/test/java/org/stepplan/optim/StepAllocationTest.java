package org.stepplan.optim;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepplan.core.Oracle;
import org.stepplan.core.SeparableQuadratic;

/** After warm-up, a step allocates zero bytes (measured with the JVM's per-thread allocation counter). */
class StepAllocationTest {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static final Map<String, Map<String, String>> PARAMS = Map.of(
            "gd", Map.of("gamma", "0.01"),
            "csawg", Map.of("gamma", "0.01", "K", "10"),
            "csaug", Map.of("gamma", "0.01", "K", "3", "P", "5", "M", "10"),
            "plan", Map.of("K", "3", "direction", "fresh"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"gd", "csawg", "csaug", "plan"})
    void stepAllocatesNothingAfterWarmUp(String method) {
        int d = 64;
        double[] q = new double[d];
        double[] c = new double[d];
        for (int i = 0; i < d; i++) {
            q[i] = 1 + i % 7;
            c[i] = (i % 3) - 1;
        }
        Oracle oracle = Oracle.of(new SeparableQuadratic(q, c));
        Optimizer opt = Methods.configure(method, PARAMS.get(method)).create(d);
        double[] w = new double[d];
        for (int k = 0; k < 20_000; k++) { // warm-up: JIT compilation, every code path (planning included)
            opt.step(w, oracle);
        }
        Runnable steps = () -> {
            for (int k = 0; k < 5_000; k++) {
                opt.step(w, oracle);
            }
        };
        // One-off JVM events (a late recompilation, a deoptimization) can allocate a few bytes on this thread once;
        // an allocation inside step() shows in every round (5,000 steps x at least 16 bytes), so take the least.
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            least = Math.min(least, measure(steps));
        }
        assertThat(least).isZero();
    }

    private static long measure(Runnable r) {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        r.run();
        long after = THREADS.getCurrentThreadAllocatedBytes();
        long overhead = THREADS.getCurrentThreadAllocatedBytes() - after; // the counter's own cost
        return after - before - overhead;
    }
}
