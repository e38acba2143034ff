package org.stepplan.learn;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.stepplan.core.Objective;
import org.stepplan.core.Oracle;
import org.stepplan.learn.data.HeldSplit;
import org.stepplan.learn.data.Split;
import org.stepplan.problems.Problem;
import org.stepplan.run.Monitor;

/**
 * A model trained on a data set: the objective of {@link DataLoss} on the training set, full-batch ({@code batch=all},
 * a deterministic oracle) or in minibatches of N ({@code batch=N}, a stochastic oracle seeded with the run's seed).
 * The minimizer is unknown. Its monitor is a {@link LearningMonitor}: the loss, the examples and epochs of every row,
 * and the uncounted measurements of the training loss and test accuracy.
 */
public final class LearningProblem implements Problem {

    private final String name;
    private final Map<String, Object> params;
    private final Split split;
    private final HeldSplit held;
    private final Model prototype;
    private final double l2;
    private final int batch;
    private final int evalEvery;
    private final int threads;

    /**
     * @param batch     examples per minibatch, or 0 for the full batch
     * @param evalEvery measure the training loss and test accuracy every this many iterations, or 0 for once per epoch
     * @param held      the split when an engine holds its examples ({@code split} is then its shape), else null
     * @param threads   threads a full-batch evaluation over the training set may use (see {@link FullBatchLoss})
     */
    LearningProblem(String name, Map<String, Object> params, Split split, HeldSplit held, Model prototype, double l2,
                    int batch, int evalEvery, int threads) {
        this.name = name;
        this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        this.split = split;
        this.held = held;
        this.prototype = prototype;
        this.l2 = l2;
        this.batch = batch;
        this.evalEvery = evalEvery;
        this.threads = threads;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Map<String, Object> params() {
        return params;
    }

    @Override
    public int dimension() {
        return prototype.dimension();
    }

    /** The model's initial parameters (0 for the linear models, Glorot-uniform for the MLP). */
    @Override
    public double[] start() {
        return prototype.start();
    }

    /** Unknown: null. */
    @Override
    public double[] optimum() {
        return null;
    }

    @Override
    public Oracle oracle(long seed) {
        return batch == 0 ? Oracle.of(trainingObjective())
                : Oracle.of(new MinibatchLoss(prototype.copy(), split.train(), l2, batch), new SplittableRandom(seed));
    }

    @Override
    public Monitor monitor(Oracle oracle) {
        return new LearningMonitor(this, oracle, trainingObjective(), testObjective()::accuracy, evalEvery);
    }

    /**
     * The monitor of {@link #monitor(Oracle)} whose training loss is {@code training} (the same objective evaluated
     * elsewhere, e.g. by an engine that holds the examples) and whose test accuracy is {@code testAccuracy}.
     */
    public Monitor monitor(Oracle oracle, Objective training, ToDoubleFunction<double[]> testAccuracy) {
        return new LearningMonitor(this, oracle, training, testAccuracy, evalEvery);
    }

    /** The number of training examples n (one epoch). */
    public int trainingExamples() {
        return held != null ? held.trainingExamples() : split.train().examples();
    }

    /** The number of test examples (0 when the problem trains on every example). */
    public int testExamples() {
        return held != null ? held.testExamples() : split.test().examples();
    }

    /** Examples per minibatch, 0 for the full batch. */
    public int batch() {
        return batch;
    }

    /** The full training objective (mean cross-entropy plus the l2 term) at {@code w}; not counted. */
    public double trainingLoss(double[] w) {
        return trainingObjective().value(w);
    }

    /** The fraction of test examples classified correctly at {@code w}, NaN without test examples; not counted. */
    public double testAccuracy(double[] w) {
        return testObjective().accuracy(w);
    }

    /**
     * The train/test split the problem trains on (its examples, for an engine that distributes them); without
     * examples when an engine holds them ({@link #held()}).
     */
    public Split split() {
        return split;
    }

    /** The split an engine holds (its {@link LearningEngine#read}), or null when this process holds the examples. */
    public HeldSplit held() {
        return held;
    }

    /** The objective's per-example terms, for an engine that sums them where the examples are. */
    public ExampleLoss exampleLoss() {
        return new ExampleLoss(prototype, l2);
    }

    FullBatchLoss trainingObjective() {
        return new FullBatchLoss(prototype.copy(), local().train(), l2, threads);
    }

    FullBatchLoss testObjective() {
        return new FullBatchLoss(prototype.copy(), local().test(), l2);
    }

    private Split local() {
        if (held != null) {
            throw new IllegalStateException("the examples of " + split.train().name() + " are held by its engine: "
                    + "evaluate this problem through the engine");
        }
        return split;
    }
}
