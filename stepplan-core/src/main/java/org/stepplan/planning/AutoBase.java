package org.stepplan.planning;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.stepplan.core.Capability;
import org.stepplan.optim.Optimizer;
import org.stepplan.optim.OptimizerConfig;

/**
 * {@code base=auto}, the default base of {@code plan}: one base for an exact (deterministic) oracle and one for a
 * sampled (minibatch) oracle, chosen by {@link BasePlanning} at its first step. By default gd (whose secant pairs are
 * a curvature, {@code base_step=secant}) on an exact oracle and adam at lr 1e-3 (whose learning rate the plans steer,
 * {@code base_step=planned}) on a sampled one: the two bases the planning study found best on each kind of problem
 * (docs/planning.md). Each base's own parameters ({@code gamma} for gd, {@code lr}, {@code beta1}, ... for adam)
 * configure it.
 *
 * @param exact   the base on an exact oracle
 * @param sampled the base on a sampled oracle
 */
public record AutoBase(OptimizerConfig exact, OptimizerConfig sampled) implements OptimizerConfig {

    /** The base's name as {@code plan} takes it ({@code base=auto}). */
    public static final String NAME = "auto";

    public AutoBase {
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(sampled, "sampled");
    }

    /** The base for an exact oracle (true) or a sampled one (false). */
    public OptimizerConfig on(boolean exactOracle) {
        return exactOracle ? exact : sampled;
    }

    @Override
    public String method() {
        return NAME;
    }

    /** The exact base's parameters, then the sampled base's (a name both have is listed once, the exact's). */
    @Override
    public Map<String, Object> params() {
        Map<String, Object> m = new LinkedHashMap<>(exact.params());
        sampled.params().forEach(m::putIfAbsent);
        return m;
    }

    @Override
    public Set<Capability> requires() {
        Set<Capability> all = EnumSet.noneOf(Capability.class);
        all.addAll(exact.requires());
        all.addAll(sampled.requires());
        return Set.copyOf(all);
    }

    /**
     * Not available: which base runs depends on the oracle, which only {@link BasePlanning}'s first step sees.
     *
     * @throws UnsupportedOperationException always
     */
    @Override
    public Optimizer create(int dimension) {
        throw new UnsupportedOperationException("base auto is chosen by plan at its first step (" + exact.method()
                + " on an exact oracle, " + sampled.method() + " on a sampled one): create " + exact.method()
                + " or " + sampled.method() + " instead");
    }
}
