package org.stepplan.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.stepplan.core.Oracle;
import org.stepplan.optim.Optimizer;
import org.stepplan.planning.StepSizePlanning;

/**
 * A Csaug plan (P = 5 projections, M = 10 corrections each: 55 gradient evaluations, plus the fit) against 56
 * hand-fused gd steps, on the quadratic of {@link ReferenceBenchmark}. {@code csaugPlanStep} is one Csaug step with
 * K = 1, so that every step plans: the online step (one evaluation) plus the plan, the same work as a plan of any K.
 */
public class PlanBenchmark extends MicrosecondBenchmark {

    private static final double GAMMA = 0.01;

    @Param({"1000000"})
    int d;

    private Oracle oracle;
    private Optimizer csaug;
    private double[] start;
    private double[] w;
    private double[] handW;
    private HandFused hand;

    @Setup(Level.Trial)
    public void setUp() {
        SeparableProblem p = SeparableProblem.of(d);
        start = p.start();
        w = start.clone();
        handW = start.clone();
        oracle = Oracle.of(p.objective());
        csaug = StepSizePlanning.Config.csaug(GAMMA, 1, 5, 10).create(d);
        hand = new HandFused(p.q(), p.optimum());
        csaug.step(w, oracle); // the first plan comes at k = 2K = 2
    }

    /** Back to the start before each measurement iteration (see {@link ReferenceBenchmark#restart}). */
    @Setup(Level.Iteration)
    public void restart() {
        System.arraycopy(start, 0, w, 0, d);
        System.arraycopy(start, 0, handW, 0, d);
    }

    @Benchmark
    public double[] csaugPlanStep() {
        csaug.step(w, oracle);
        return w;
    }

    @Benchmark
    public double[] handGd56() {
        for (int s = 0; s < 56; s++) {
            hand.gd(handW, GAMMA);
        }
        return handW;
    }
}
