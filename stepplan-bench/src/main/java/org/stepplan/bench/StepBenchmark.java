package org.stepplan.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stepplan.core.Oracle;
import org.stepplan.optim.Methods;
import org.stepplan.optim.Optimizer;
import org.stepplan.problems.Quadratic;

/**
 * Time per optimizer step on a separable quadratic {@code 0.5 sum_i q_i (w_i - 1)^2}, q_i in [1, 10], to be read
 * beside {@link ArrayCopyBaseline} (the least any step touching w must cost). One step includes its gradient
 * evaluation; csawg (K = 10) plans every 10th step, so its figure is the average over planning and plain steps.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StepBenchmark {

    private static final Map<String, Map<String, String>> PARAMS = Map.of(
            "gd", Map.of("gamma", "0.05"),
            "heavy-ball", Map.of("a", "0.05", "p", "0.5"),
            "nesterov", Map.of("L", "10", "mu", "1"),
            "csawg", Map.of("gamma", "0.05", "K", "10"));

    @Param({"1000", "1000000"})
    int d;

    @Param({"gd", "heavy-ball", "nesterov", "csawg"})
    String method;

    private Oracle oracle;
    private Optimizer optimizer;
    private double[] w;

    @Setup(Level.Trial)
    public void setUp() {
        double[] q = new double[d];
        double[] optimum = new double[d];
        w = new double[d];
        for (int i = 0; i < d; i++) {
            q[i] = 1.0 + (i % 10);
            optimum[i] = 1.0;
            w[i] = -1.0 + (i % 3);
        }
        oracle = Oracle.of(Quadratic.diagonal(q, optimum));
        optimizer = Methods.configure(method, PARAMS.get(method)).create(d);
    }

    @Benchmark
    public double[] step() {
        optimizer.step(w, oracle);
        return w;
    }
}
