package org.stepplan.optim;

import org.stepplan.core.HyperParameters;
import org.stepplan.core.Oracle;
import org.stepplan.core.Param;
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

    /** The hyper-parameters, each declared once below. */
    public record Config(double fstar, double gamma) implements DeclaredConfig<Config> {
        public static final Param<Double> FSTAR = Param.required("fstar", Param.finite(),
                "the optimal value f* of the objective");
        public static final Param<Double> GAMMA = Param.real("gamma", 1.0, Param.open(0.0, 2.0),
                "relaxation factor, in (0, 2)");

        static final HyperParameters<Config> HYPER = HyperParameters.of(NAME, Config.class, FSTAR, GAMMA);

        public Config {
            FSTAR.check(fstar);
            GAMMA.check(gamma);
        }

        @Override
        public HyperParameters<Config> hyperParameters() {
            return HYPER;
        }

        @Override
        public Optimizer create(int dimension) {
            return new Polyak(this, dimension);
        }
    }

    /** The registry entry. */
    public static MethodSpec spec() {
        return MethodSpec.of("Polyak step size gamma (f - f*)/||g||^2 with known f* (seed eq. 1)", Config.HYPER);
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
