package org.stepplan.optim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stepplan.core.Oracle;
import org.stepplan.core.ParamSpec;
import org.stepplan.core.Params;
import org.stepplan.core.Vectors;

/**
 * The deterministic Polyak step size with a known optimal value f* (seed eq. 1; docs/methods.md §1a), with the usual
 * relaxation factor gamma.
 *
 * <pre>
 * input: f* (required), gamma in (0, 2) (default 1)
 * state: none (the last alpha is kept only to be observed)
 * loop:  f = f(w_k), g = grad f(w_k)                 (one gradient evaluation)
 *        if ||g||^2 == 0:   alpha_k = 0, no update    (stationary point)
 *        elif f &lt; f*:       alpha_k = 0, no update    (f* was given wrongly; the step would be negative)
 *        else:              alpha_k = gamma (f - f*) / ||g||^2
 *                           w_{k+1} = w_k - alpha_k g
 * </pre>
 * Source: textbook Polyak (1987) [STD]; the two zero-step rules follow how the SPS code (IssamLaradji/sps,
 * {@code sps/sps.py}) behaves, as docs/methods.md recommends. The seed paper gives only gamma = 1 and no edge cases.
 *
 * <p>Observable step size: the last alpha_k (0 before the first step). One gradient evaluation per step.
 */
public final class Polyak extends AbstractOptimizer {

    /** CLI name. */
    public static final String NAME = "polyak";

    /**
     * @param fstar the optimal value f* (required; there is no sensible default)
     * @param gamma the relaxation factor, in the open interval (0, 2)
     */
    public record Config(double fstar, double gamma) implements OptimizerConfig {
        public static final double DEFAULT_GAMMA = 1.0;

        public Config {
            Vectors.requireFinite("fstar", fstar);
            if (!(gamma > 0.0 && gamma < 2.0)) {
                throw new IllegalArgumentException("gamma must be in (0, 2), got " + gamma);
            }
        }

        @Override
        public String method() {
            return NAME;
        }

        @Override
        public Map<String, Object> params() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("fstar", fstar);
            m.put("gamma", gamma);
            return m;
        }

        @Override
        public Optimizer create(int dimension) {
            return new Polyak(this, dimension);
        }
    }

    public static MethodSpec spec() {
        return new MethodSpec(NAME, "Polyak step size gamma (f - f*)/||g||^2 with known f* (seed eq. 1)",
                List.of(ParamSpec.real("fstar", "the optimal value f* (required)"),
                        ParamSpec.real("gamma", Config.DEFAULT_GAMMA, "relaxation factor, in (0, 2)")),
                Polyak::config);
    }

    private static Config config(Params p) {
        if (!p.has("fstar")) {
            throw new IllegalArgumentException(
                    "method 'polyak' needs f*, the optimal value of the objective: give fstar=<value>");
        }
        return new Config(p.real("fstar"), p.real("gamma"));
    }

    private final double fstar;
    private final double gamma;
    private final double[] g;
    private double alpha;

    private Polyak(Config config, int dimension) {
        super(NAME, dimension);
        this.fstar = config.fstar();
        this.gamma = config.gamma();
        this.g = new double[dimension];
    }

    @Override
    public void step(double[] w, Oracle oracle) {
        checkLength(w);
        double f = oracle.gradient(w, g);
        double gsq = Vectors.dot(g, g);
        if (gsq == 0.0 || f < fstar) {
            alpha = 0.0;
            return;
        }
        alpha = gamma * (f - fstar) / gsq;
        for (int i = 0; i < dimension; i++) {
            w[i] = w[i] - alpha * g[i];
        }
    }

    @Override
    public int stepSizeCount() {
        return 1;
    }

    @Override
    protected double stepSizeAt(int i) {
        return alpha;
    }

    @Override
    public OptimizerState snapshot() {
        return OptimizerState.builder(NAME, 1).scalar("alpha", alpha).build();
    }

    @Override
    public void restore(OptimizerState state) {
        state.requireCompatible(NAME, 1);
        alpha = state.scalar("alpha");
    }
}
