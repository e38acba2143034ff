package org.stepplan.core;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The only way an optimizer reaches its objective: every call is counted, so the paper's x-axis (gradient
 * evaluations) is exact for every method.
 *
 * <p>Counting convention, used everywhere in stepplan: an evaluation that returns value and gradient together is one
 * <em>gradient evaluation</em>; a value-only evaluation is one <em>function evaluation</em>.
 *
 * <p>On a stochastic objective each gradient evaluation first draws a fresh sample from the oracle's generator;
 * {@link #value(double[])} evaluates on the sample of the last gradient evaluation (the "same minibatch").
 *
 * <p>Objectives that provide the diagonal of their Hessian ({@link DiagonalHessian}) are reached through
 * {@link #diagonalHessian}, counted separately as <em>Hessian evaluations</em>.
 *
 * <p>On objectives over data ({@link ExampleBatch}) each gradient evaluation also adds the size of its batch to the
 * <em>examples</em> count (0 on every other objective).
 *
 * <p>A method that does not read the value asks for {@link #gradientOnly}: the same counts (one gradient evaluation,
 * its batch's examples), and the objective may skip computing f. The oracle does not scan gradients for non-finite
 * components (a pass over every gradient): a non-finite gradient reaches w through the update, where the run loop sees
 * it in the error or the loss of the same iteration.
 *
 * <p>A run may give the oracle a gradient budget ({@link #limitGradientEvaluations}): the oracle still answers every
 * call, but a method that makes many evaluations within one iteration (a plan of step-size planning) asks
 * {@link #budgetSpent()} before each one and stops there, so a budget is respected inside an iteration too.
 */
public final class Oracle {

    private final Objective deterministic;
    private final StochasticObjective stochastic;
    private final RandomGenerator rng;
    private final int dimension;
    private final ExampleBatch batch;
    private long gradientEvaluations;
    private long examples;
    private long functionEvaluations;
    private long hessianEvaluations;
    private long gradientLimit = Long.MAX_VALUE;

    private Oracle(Objective deterministic, StochasticObjective stochastic, RandomGenerator rng, int dimension) {
        this.deterministic = deterministic;
        this.stochastic = stochastic;
        this.rng = rng;
        this.dimension = dimension;
        Object objective = deterministic != null ? deterministic : stochastic;
        this.batch = objective instanceof ExampleBatch b ? b : null;
    }

    /** An oracle over a deterministic objective. */
    public static Oracle of(Objective objective) {
        Objects.requireNonNull(objective, "objective");
        return new Oracle(objective, null, null, objective.dimension());
    }

    /** An oracle over a stochastic objective whose samples come from {@code rng} (seed it for reproducible runs). */
    public static Oracle of(StochasticObjective objective, RandomGenerator rng) {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(rng, "rng");
        return new Oracle(null, objective, rng, objective.dimension());
    }

    /** The number of parameters d. */
    public int dimension() {
        return dimension;
    }

    /**
     * One gradient evaluation at {@code w}: the value is returned and the gradient written into {@code gradient}.
     * On a stochastic objective a new sample is drawn first.
     */
    public double gradient(double[] w, double[] gradient) {
        double value = startGradientEvaluation() ? deterministic.valueAndGradient(w, gradient)
                : stochastic.valueAndGradient(w, gradient);
        countExamples();
        return value;
    }

    /**
     * One gradient evaluation at {@code w} whose value the caller does not read: the gradient is written into
     * {@code gradient}. Counted exactly as {@link #gradient}; on a stochastic objective a new sample is drawn first.
     */
    public void gradientOnly(double[] w, double[] gradient) {
        if (startGradientEvaluation()) {
            deterministic.gradient(w, gradient);
        } else {
            stochastic.gradient(w, gradient);
        }
        countExamples();
    }

    /** Counts a gradient evaluation and draws its sample; true when the objective is deterministic. */
    private boolean startGradientEvaluation() {
        gradientEvaluations++;
        if (deterministic != null) {
            return true;
        }
        stochastic.nextSample(rng);
        return false;
    }

    private void countExamples() {
        if (batch != null) {
            examples += batch.batchSize();
        }
    }

    /** One function evaluation at {@code w} (on a stochastic objective: on the current sample). */
    public double value(double[] w) {
        functionEvaluations++;
        return deterministic != null ? deterministic.value(w) : stochastic.value(w);
    }

    /** True when the objective evaluates the diagonal of its Hessian ({@link DiagonalHessian}). */
    public boolean hasDiagonalHessian() {
        return (deterministic != null ? deterministic : stochastic) instanceof DiagonalHessian;
    }

    /**
     * One Hessian-diagonal evaluation at {@code w}, written into {@code into} (length d); on a stochastic objective
     * it is on the current sample (that of the last gradient evaluation).
     *
     * @throws IllegalArgumentException if the objective does not provide its Hessian diagonal
     */
    public void diagonalHessian(double[] w, double[] into) {
        Object objective = deterministic != null ? deterministic : stochastic;
        if (!(objective instanceof DiagonalHessian)) {
            throw new IllegalArgumentException("the objective " + objective.getClass().getName()
                    + " does not provide " + Capability.DIAGONAL_HESSIAN.description());
        }
        hessianEvaluations++;
        ((DiagonalHessian) objective).diagonalHessian(w, into);
    }

    /**
     * Sets the gradient budget: {@link #budgetSpent()} becomes true once {@link #gradientEvaluations()} reaches
     * {@code limit} ({@code Long.MAX_VALUE}: none).
     */
    public void limitGradientEvaluations(long limit) {
        gradientLimit = limit;
    }

    /** The gradient budget ({@code Long.MAX_VALUE} when there is none). */
    public long gradientLimit() {
        return gradientLimit;
    }

    /** True once the gradient evaluations have reached the budget. */
    public boolean budgetSpent() {
        return gradientEvaluations >= gradientLimit;
    }

    /** Gradient evaluations so far. */
    public long gradientEvaluations() {
        return gradientEvaluations;
    }

    /** Examples the gradient evaluations so far were computed on (0 unless the objective is an {@link ExampleBatch}). */
    public long examples() {
        return examples;
    }

    /** Function (value-only) evaluations so far. */
    public long functionEvaluations() {
        return functionEvaluations;
    }

    /** Hessian-diagonal evaluations so far. */
    public long hessianEvaluations() {
        return hessianEvaluations;
    }

    /**
     * An exact copy of what the oracle's calls have changed, for a checkpoint.
     *
     * @param counts the gradient, function, Hessian-diagonal and example counts
     * @param random the generator's state (empty for a deterministic objective)
     * @param sample the stochastic objective's {@link StochasticObjective#sampleState()} (empty when deterministic)
     */
    public record Snapshot(long[] counts, long[] random, double[] sample) {
        public Snapshot {
            counts = counts.clone();
            random = random.clone();
            sample = sample.clone();
        }
    }

    /**
     * Saves the counts, the generator and the sample state.
     *
     * @throws UnsupportedOperationException when the generator or the objective cannot be saved (a stochastic oracle
     *                                       must draw from a {@link SeededRandom})
     */
    public Snapshot snapshot() {
        long[] counts = {gradientEvaluations, functionEvaluations, hessianEvaluations, examples};
        if (stochastic == null) {
            return new Snapshot(counts, new long[0], new double[0]);
        }
        if (!(rng instanceof SeededRandom seeded)) {
            throw new UnsupportedOperationException("the generator " + rng.getClass().getSimpleName()
                    + " cannot be checkpointed");
        }
        return new Snapshot(counts, seeded.state(), stochastic.sampleState());
    }

    /**
     * Continues from {@code s}, taken from an oracle made alike (same objective, same seed).
     *
     * @throws IllegalArgumentException when {@code s} does not fit this oracle
     */
    public void restore(Snapshot s) {
        if (s.counts().length != 4 || (stochastic == null) != (s.random().length == 0)) {
            throw new IllegalArgumentException("the oracle snapshot does not fit this oracle");
        }
        gradientEvaluations = s.counts()[0];
        functionEvaluations = s.counts()[1];
        hessianEvaluations = s.counts()[2];
        examples = s.counts()[3];
        if (stochastic != null) {
            if (!(rng instanceof SeededRandom seeded)) {
                throw new IllegalArgumentException("the generator " + rng.getClass().getSimpleName()
                        + " cannot be restored");
            }
            seeded.restore(s.random());
            stochastic.restoreSampleState(s.sample());
        }
    }

    /** The deterministic objective, or null when the oracle is stochastic. */
    public Objective deterministicObjective() {
        return deterministic;
    }

    /** The stochastic objective, or null when the oracle is deterministic. */
    public StochasticObjective stochasticObjective() {
        return stochastic;
    }

    /** The objective a run measures its loss on: the deterministic objective, or the stochastic one's expectation. */
    public Objective measuredObjective() {
        return deterministic != null ? deterministic : stochastic.expectation();
    }
}
