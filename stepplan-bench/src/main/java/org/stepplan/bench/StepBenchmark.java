package org.stepplan.bench;

import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.stepplan.core.Oracle;
import org.stepplan.methods.Methods;
import org.stepplan.optim.Optimizer;

/**
 * Time per optimizer step on a separable quadratic {@code 0.5 sum_i q_i (w_i - 1)^2}, q_i in [1, 10], to be read
 * beside {@link ArrayCopyBaseline} (the least any step touching w must cost). One step includes its gradient
 * evaluation; csawg (K = 10) plans every 10th step, so its figure is the average over planning and plain steps.
 */
public class StepBenchmark extends MicrosecondBenchmark {

    private static final Map<String, Map<String, String>> PARAMS = Map.of(
            "gd", Map.of("gamma", "0.05"),
            "heavy-ball", Map.of("a", "0.05", "p", "0.5"),
            "nesterov", Map.of("lipschitz", "10", "mu", "1"),
            "csawg", Map.of("gamma", "0.05", "horizon", "10"));

    @Param({"1000", "1000000"})
    int d;

    @Param({"gd", "heavy-ball", "nesterov", "csawg"})
    String method;

    private Oracle oracle;
    private Optimizer optimizer;
    private double[] w;

    @Setup(Level.Trial)
    public void setUp() {
        SeparableProblem p = SeparableProblem.of(d);
        w = p.start().clone();
        oracle = Oracle.of(p.objective());
        optimizer = Methods.configure(method, PARAMS.get(method)).create(d);
    }

    @Benchmark
    public double[] step() {
        optimizer.step(w, oracle);
        return w;
    }
}
