package org.stepplan.problems;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.stepplan.core.Capability;
import org.stepplan.core.Oracle;
import org.stepplan.run.Monitor;

/**
 * The {@code sutton1992} problem: Sutton (1992) Experiment 1, the tracking task of {@link SuttonTracking}, started at
 * w = 0. It provides {@link Capability#LINEAR_EXAMPLES}, so IDBD and Autostep run on it, and so does plain LMS
 * ({@code gd}: {@code w += gamma delta x}).
 *
 * <p>Each {@link #oracle(long)} makes a fresh task on {@code SeededRandom(seed)} (the numbers of {@code SplittableRandom(seed)}): the initial signs are drawn from
 * it first, then every example. The measurement follows that oracle's samples (error to the target of the moment,
 * online squared error): {@link #monitor(Oracle)} returns the monitor of the given oracle's task. There is no fixed
 * minimizer: {@link #optimum()} is null, but the monitor knows the error.
 */
public final class Sutton1992 extends AbstractProblem {

    /** Registry name. */
    public static final String NAME = "sutton1992";

    private final int relevant;
    private final int flipEvery;
    private final SuttonTracking.Inputs inputs;
    private final int window;

    /** Validates the parameters (see {@link SuttonTracking}). */
    public Sutton1992(int dimension, int relevant, int flipEvery, SuttonTracking.Inputs inputs, int window) {
        super(NAME, params(dimension, relevant, flipEvery, inputs, window),
                new SuttonTracking(dimension, relevant, flipEvery, inputs, window, new SplittableRandom(0))
                        .dimension(), Set.of(Capability.LINEAR_EXAMPLES), new double[dimension], null);
        this.relevant = relevant;
        this.flipEvery = flipEvery;
        this.inputs = inputs;
        this.window = window;
    }

    private static Map<String, Object> params(int dimension, int relevant, int flipEvery,
                                              SuttonTracking.Inputs inputs, int window) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("inputs", inputs.label());
        p.put("flip_every", flipEvery);
        p.put("relevant", relevant);
        p.put("dimension", dimension);
        p.put("window", window);
        return p;
    }

    @Override
    public Oracle oracle(long seed) {
        org.stepplan.core.SeededRandom rng = new org.stepplan.core.SeededRandom(seed);
        return Oracle.of(new SuttonTracking(dimension(), relevant, flipEvery, inputs, window, rng), rng);
    }

    /**
     * The monitor of the task behind {@code oracle}.
     *
     * @throws IllegalArgumentException if the oracle was not made by a {@code sutton1992} problem
     */
    @Override
    public Monitor monitor(Oracle oracle) {
        if (oracle.stochasticObjective() instanceof SuttonTracking) {
            return ((SuttonTracking) oracle.stochasticObjective()).monitor();
        }
        throw new IllegalArgumentException("problem '" + NAME + "' can only monitor an oracle it made");
    }
}
