package org.stepplan.optim;

import org.stepplan.core.HyperParameters;
import org.stepplan.core.Oracle;
import org.stepplan.core.Param;

/**
 * Plain (stochastic) gradient descent with a constant scalar step size.
 *
 * <pre>
 * input: step size gamma &gt; 0
 * loop:  g = grad f(w);   w = w - gamma * g
 * </pre>
 * One gradient evaluation per iteration; no state.
 */
public final class GradientDescent extends AbstractOptimizer {

    /** CLI name. */
    public static final String NAME = "gd";

    /** The hyper-parameters, each declared once below. */
    public record Config(double gamma) implements DeclaredConfig<Config> {
        public static final Param<Double> GAMMA = Param.real("gamma", 0.001, Param.positive(), "step size");

        static final HyperParameters<Config> HYPER = HyperParameters.of(NAME, Config.class, GAMMA);

        public Config {
            GAMMA.check(gamma);
        }

        /** Every default. */
        public static Config defaults() {
            return HYPER.defaults();
        }

        @Override
        public HyperParameters<Config> hyperParameters() {
            return HYPER;
        }

        @Override
        public Optimizer create(int dimension) {
            return new GradientDescent(this, dimension);
        }
    }

    /** The registry entry. */
    public static MethodSpec spec() {
        return MethodSpec.of("gradient descent with a constant step size", Config.HYPER);
    }

    private final double gamma;
    private final double[] g;

    private GradientDescent(Config config, int dimension) {
        super(NAME, dimension);
        this.gamma = config.gamma();
        this.g = new double[dimension];
    }

    @Override
    public void step(double[] w, Oracle oracle) {
        checkLength(w);
        oracle.gradientOnly(w, g);
        for (int i = 0; i < dimension; i++) {
            w[i] = w[i] - gamma * g[i];
        }
    }

    @Override
    public int stepSizeCount() {
        return 1;
    }

    @Override
    protected double stepSizeAt(int i) {
        return gamma;
    }

    @Override
    public OptimizerState snapshot() {
        return OptimizerState.builder(NAME, 1).build();
    }

    @Override
    public void restore(OptimizerState state) {
        state.requireCompatible(NAME, 1);
    }
}
