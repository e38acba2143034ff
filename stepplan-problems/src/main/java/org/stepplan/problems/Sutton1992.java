package org.stepplan.problems;

import java.util.Collections;
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
 * <p>Each {@link #oracle(long)} makes a fresh task on {@code SplittableRandom(seed)}: the initial signs are drawn from
 * it first, then every example. The measurement follows that oracle's samples (error to the target of the moment,
 * online squared error): {@link #monitor(Oracle)} returns the monitor of the given oracle's task; {@link #monitor()}
 * that of the task of the most recent {@link #oracle(long)} call on this instance (so, unlike the other problems, one
 * instance should not serve concurrent runs through {@code monitor()}). There is no fixed minimizer:
 * {@link #optimum()} is null, but the monitor knows the error.
 */
public final class Sutton1992 implements Problem {

    /** Registry name. */
    public static final String NAME = "sutton1992";

    private final Map<String, Object> params;
    private final int dimension;
    private final int relevant;
    private final int flipEvery;
    private final SuttonTracking.Inputs inputs;
    private final int window;
    private SuttonTracking last;

    /** Validates the parameters (see {@link SuttonTracking}). */
    public Sutton1992(int dimension, int relevant, int flipEvery, SuttonTracking.Inputs inputs, int window) {
        new SuttonTracking(dimension, relevant, flipEvery, inputs, window, new SplittableRandom(0)); // validates
        this.dimension = dimension;
        this.relevant = relevant;
        this.flipEvery = flipEvery;
        this.inputs = inputs;
        this.window = window;
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("inputs", inputs.label());
        p.put("flip_every", flipEvery);
        p.put("relevant", relevant);
        p.put("dimension", dimension);
        p.put("window", window);
        this.params = Collections.unmodifiableMap(p);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Object> params() {
        return params;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public double[] start() {
        return new double[dimension];
    }

    /** Null: the target moves; the monitor measures the error to the target of the moment. */
    @Override
    public double[] optimum() {
        return null;
    }

    @Override
    public synchronized Oracle oracle(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        SuttonTracking task = new SuttonTracking(dimension, relevant, flipEvery, inputs, window, rng);
        last = task;
        return Oracle.of(task, rng);
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

    /**
     * The monitor of the task of the most recent {@link #oracle(long)} call.
     *
     * @throws IllegalStateException before any oracle was made
     */
    @Override
    public synchronized Monitor monitor() {
        if (last == null) {
            throw new IllegalStateException("problem '" + NAME + "' measures the samples of its oracle: call "
                    + "oracle(seed) first, or use monitor(oracle)");
        }
        return last.monitor();
    }

    @Override
    public Set<Capability> provides() {
        return Set.of(Capability.LINEAR_EXAMPLES);
    }
}
