package org.stepplan.bench;

import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.stepplan.core.Oracle;
import org.stepplan.methods.Methods;
import org.stepplan.optim.Optimizer;
import org.stepplan.optim.OptimizerConfig;
import org.stepplan.run.Minimizer;
import org.stepplan.run.Monitor;
import org.stepplan.run.Result;
import org.stepplan.run.StoppingRules;

/**
 * The library against the hand-fused reference loops of {@link HandFused}, in one JMH run, on the separable
 * quadratic {@code 0.5 sum_i q_i (w_i - 1)^2}, q_i in [1, 10]: {@code library} is one {@code Optimizer.step} (through
 * the counting oracle), {@code hand} the same step written by hand, {@code runLoop} one iteration of
 * {@link Minimizer} (the step plus the default monitoring: loss, error, stopping checks; no trace, no listener),
 * averaged over {@value #RUN} iterations per call. Read beside {@link ArrayCopyBaseline}.
 */
public class ReferenceBenchmark extends MicrosecondBenchmark {

    /** Iterations per {@code runLoop} call (its fixed costs: the start's check and copy, the result's copy of w). */
    static final int RUN = 20;

    private static final double GAMMA = 0.01;
    private static final double LR = 0.001;
    private static final Map<String, Map<String, String>> PARAMS = Map.of(
            "gd", Map.of("gamma", String.valueOf(GAMMA)),
            "adam", Map.of("lr", String.valueOf(LR)),
            "csawg", Map.of("gamma", String.valueOf(GAMMA), "horizon", "10"));

    @Param({"1000000"})
    int d;

    @Param({"gd", "adam", "csawg"})
    String method;

    private Oracle oracle;
    private OptimizerConfig config;
    private Optimizer optimizer;
    private Monitor monitor;
    private StoppingRules rules;
    private double[] w;
    private double[] start;
    private HandFused hand;
    private HandFused.Adam handAdam;
    private HandFused.Csawg handCsawg;

    @Setup(Level.Trial)
    public void setUp() {
        SeparableProblem p = SeparableProblem.of(d);
        start = p.start();
        w = start.clone();
        oracle = Oracle.of(p.objective());
        config = Methods.configure(method, PARAMS.get(method));
        optimizer = config.create(d);
        monitor = Monitor.of(p.objective(), p.optimum());
        rules = StoppingRules.iterations(RUN).continuingPastZeroError();
        hand = new HandFused(p.q(), p.optimum());
        handAdam = new HandFused.Adam(hand, d, LR, 0.9, 0.999, 1e-8);
        handCsawg = new HandFused.Csawg(hand, d, GAMMA, 10);
    }

    /**
     * Back to the start before each measurement iteration: within one (about 1,000 steps at most) no component of
     * w - w* comes near the subnormal range, whose arithmetic is many times slower and would distort the comparison.
     */
    @Setup(Level.Iteration)
    public void restart() {
        System.arraycopy(start, 0, w, 0, d);
    }

    @Benchmark
    public double[] library() {
        optimizer.step(w, oracle);
        return w;
    }

    @Benchmark
    public double[] hand() {
        switch (method) {
            case "gd" -> hand.gd(w, GAMMA);
            case "adam" -> handAdam.step(w);
            default -> handCsawg.step(w);
        }
        return w;
    }

    @Benchmark
    @OperationsPerInvocation(RUN)
    public Result runLoop() {
        return Minimizer.run(oracle, optimizer, config, start, monitor, rules);
    }
}
