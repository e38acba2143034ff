package org.stepplan.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stepplan.core.Oracle;
import org.stepplan.learn.LearningProblem;
import org.stepplan.methods.Methods;
import org.stepplan.optim.Optimizer;
import org.stepplan.problems.Problems;

/**
 * The time cost of planning per epoch (issue 9, T2's "at most 10% more per epoch"): one epoch at batch 32 of
 * {@code plan} at its defaults (on a minibatch: adam at lr 1e-3 with the planned lr and the safeguard's two forward
 * passes per plan of K = 10 steps) against one epoch of {@code adam} at lr 1e-3, on the learning problems of the
 * planning study, in the same run. Needs {@code ./stepplan data install}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 7)
@Fork(1)
public class PlanEpochBenchmark {

    static final int BATCH = 32;

    @Param({"softmax/digits", "mlp/digits", "softmax/fashion-mnist"})
    public String problem;

    @Param({"adam", "plan"})
    public String method;

    private Oracle oracle;
    private Optimizer optimizer;
    private double[] w;
    private int stepsPerEpoch;

    @Setup
    public void setUp() {
        String[] modelData = problem.split("/");
        LearningProblem p = (LearningProblem) Problems.create(modelData[0], Map.of("dataset", modelData[1],
                "batch", Integer.toString(BATCH)));
        oracle = p.oracle(0);
        optimizer = Methods.configure(method, Map.of()).create(p.dimension());
        w = p.start();
        stepsPerEpoch = (p.trainingExamples() + BATCH - 1) / BATCH;
    }

    /** One epoch: the steps of {@code method} on the problem's minibatch oracle, as {@code stepplan run} drives them. */
    @Benchmark
    public double[] epoch() {
        for (int k = 0; k < stepsPerEpoch; k++) {
            optimizer.step(w, oracle);
        }
        return w;
    }
}
