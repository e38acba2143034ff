package org.stepplan.run;

/**
 * When a run stops, besides divergence (the first non-finite value), which is always on.
 *
 * @param maxIterations   main-loop iterations at most (&gt;= 0)
 * @param maxGradEvals    stop once the gradient evaluations reach this (&gt;= 1; {@code Long.MAX_VALUE} for none)
 * @param targetError     stop once the error is at or below it (NaN for none)
 * @param targetLoss      stop once the loss is at or below it (NaN for none)
 * @param pastZeroError   iterations the run goes on after the one where the error first became exactly 0, then
 *                        stops as {@code converged} (&gt;= 0): 0 stops at that iteration (the default);
 *                        {@code Long.MAX_VALUE} never stops for it. Going on past w = w* (the first zero-error
 *                        iteration is still marked) is for methods whose state keeps changing there, such as the step
 *                        sizes of step-size planning
 */
public record StoppingRules(long maxIterations, long maxGradEvals, double targetError, double targetLoss,
                            long pastZeroError) {

    /** The default iteration limit. */
    public static final long DEFAULT_MAX_ITERATIONS = 10_000;

    public StoppingRules {
        if (maxIterations < 0) {
            throw new IllegalArgumentException("max-iterations must be >= 0, got " + maxIterations);
        }
        if (maxGradEvals < 1) {
            throw new IllegalArgumentException("max-grad-evals must be >= 1, got " + maxGradEvals);
        }
        if (!Double.isNaN(targetError) && !(targetError >= 0 && targetError < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("target-error must be finite and >= 0, got " + targetError);
        }
        if (Double.isInfinite(targetLoss)) {
            throw new IllegalArgumentException("target-loss must be finite, got " + targetLoss);
        }
        if (pastZeroError < 0) {
            throw new IllegalArgumentException("continue-past-zero must be >= 0 iterations, got " + pastZeroError);
        }
    }

    /**
     * The rules with {@code stopAtZeroError}: stop at the first exactly-zero error (true) or never for it (false).
     */
    public StoppingRules(long maxIterations, long maxGradEvals, double targetError, double targetLoss,
                         boolean stopAtZeroError) {
        this(maxIterations, maxGradEvals, targetError, targetLoss, stopAtZeroError ? 0 : Long.MAX_VALUE);
    }

    /** Whether the run stops at the iteration where the error first becomes exactly 0. */
    public boolean stopAtZeroError() {
        return pastZeroError == 0;
    }

    /** At most {@code maxIterations} iterations, stopping at exactly zero error, nothing else. */
    public static StoppingRules iterations(long maxIterations) {
        return new StoppingRules(maxIterations, Long.MAX_VALUE, Double.NaN, Double.NaN, true);
    }

    /**
     * A gradient budget in one call: stop once {@code n} gradient evaluations are spent (the last iteration may
     * overshoot by its own cost; a plan stops where the budget ends), with no iteration limit, stopping at exactly zero
     * error, nothing else.
     *
     * @throws IllegalArgumentException when {@code n < 1}
     */
    public static StoppingRules maxGradEvals(long n) {
        return new StoppingRules(Long.MAX_VALUE, n, Double.NaN, Double.NaN, true);
    }

    public StoppingRules withMaxGradEvals(long n) {
        return new StoppingRules(maxIterations, n, targetError, targetLoss, pastZeroError);
    }

    public StoppingRules withTargetError(double e) {
        return new StoppingRules(maxIterations, maxGradEvals, e, targetLoss, pastZeroError);
    }

    public StoppingRules withTargetLoss(double l) {
        return new StoppingRules(maxIterations, maxGradEvals, targetError, l, pastZeroError);
    }

    /** The same rules, going on past exactly zero error instead of stopping there. */
    public StoppingRules continuingPastZeroError() {
        return continuingPastZeroError(Long.MAX_VALUE);
    }

    /**
     * The same rules, going on for {@code iterations} more after the iteration where the error first became exactly 0
     * and then stopping as {@code converged} (for step-size planning with horizon K, {@code n * K} iterations are n
     * plans).
     *
     * @throws IllegalArgumentException when {@code iterations < 0}
     */
    public StoppingRules continuingPastZeroError(long iterations) {
        return new StoppingRules(maxIterations, maxGradEvals, targetError, targetLoss, iterations);
    }
}
