package org.stepplan.optim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stepplan.core.Oracle;
import org.stepplan.core.ParamSpec;
import org.stepplan.core.Vectors;

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

    /**
     * @param gamma the step size (the paper's best on Rosenbrock, 0.001, is the default)
     */
    public record Config(double gamma) implements OptimizerConfig {
        public static final double DEFAULT_GAMMA = 0.001;

        public Config {
            Vectors.requirePositive("gamma", gamma);
        }

        @Override
        public String method() {
            return NAME;
        }

        @Override
        public Map<String, Object> params() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("gamma", gamma);
            return m;
        }

        @Override
        public Optimizer create(int dimension) {
            return new GradientDescent(this, dimension);
        }
    }

    public static MethodSpec spec() {
        return new MethodSpec(NAME, "gradient descent with a constant step size",
                List.of(ParamSpec.real("gamma", Config.DEFAULT_GAMMA, "step size")),
                p -> new Config(p.real("gamma")));
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
