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
 * <p>The oracle also counts the gradients it returned with a non-finite component, so the run loop can stop a
 * diverging run at the first non-finite gradient (comparing the count before and after a step, so one oracle can
 * serve several runs).
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
    private long nonFiniteGradients;

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
        gradientEvaluations++;
        double value;
        if (deterministic != null) {
            value = deterministic.valueAndGradient(w, gradient);
        } else {
            stochastic.nextSample(rng);
            value = stochastic.valueAndGradient(w, gradient);
        }
        if (batch != null) {
            examples += batch.batchSize();
        }
        if (!Vectors.allFinite(gradient)) {
            nonFiniteGradients++;
        }
        return value;
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

    /** Gradients returned so far with a NaN or infinite component. */
    public long nonFiniteGradients() {
        return nonFiniteGradients;
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
