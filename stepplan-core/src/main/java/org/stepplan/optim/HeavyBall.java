package org.stepplan.optim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stepplan.core.Oracle;
import org.stepplan.core.ParamSpec;
import org.stepplan.core.Vectors;

/**
 * Polyak's heavy-ball method (Polyak 1964; the seed paper's eq. 10).
 *
 * <pre>
 * input: step a &gt; 0, momentum p in [0, 1)
 * state: w_prev (w_{-1} := w_0, so the first step is plain GD)
 * loop:  g = grad f(w_k)
 *        w_{k+1} = w_k - a g + p (w_k - w_{k-1})
 * </pre>
 * For an L-smooth, mu-strongly-convex quadratic the classical optimum is {@code a = 4/(sqrt L + sqrt mu)^2},
 * {@code p = ((sqrt L - sqrt mu)/(sqrt L + sqrt mu))^2}. The seed's Rosenbrock grid is a = 0.0015, p in {0.8, 0.9}.
 */
public final class HeavyBall extends AbstractOptimizer {

    /** CLI name. */
    public static final String NAME = "heavy-ball";

    /**
     * @param a the step size
     * @param p the momentum
     */
    public record Config(double a, double p) implements OptimizerConfig {
        public static final double DEFAULT_A = 0.0015;
        public static final double DEFAULT_P = 0.9;

        public Config {
            Vectors.requirePositive("a", a);
            Vectors.requireInRange("p", p, 0.0, 1.0);
        }

        @Override
        public String method() {
            return NAME;
        }

        @Override
        public Map<String, Object> params() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("a", a);
            m.put("p", p);
            return m;
        }

        @Override
        public Optimizer create(int dimension) {
            return new HeavyBall(this, dimension);
        }
    }

    public static MethodSpec spec() {
        return new MethodSpec(NAME, "Polyak's heavy ball (seed eq. 10): w' = w - a g + p (w - w_prev)",
                List.of(ParamSpec.real("a", Config.DEFAULT_A, "step size"),
                        ParamSpec.real("p", Config.DEFAULT_P, "momentum, in [0, 1)")),
                p -> new Config(p.real("a"), p.real("p")));
    }

    private final double a;
    private final double p;
    private final double[] g;
    private final double[] previous;
    private boolean started;

    private HeavyBall(Config config, int dimension) {
        super(NAME, dimension);
        this.a = config.a();
        this.p = config.p();
        this.g = new double[dimension];
        this.previous = new double[dimension];
    }

    @Override
    public void step(double[] w, Oracle oracle) {
        checkLength(w);
        if (!started) {
            System.arraycopy(w, 0, previous, 0, dimension);
            started = true;
        }
        oracle.gradient(w, g);
        for (int i = 0; i < dimension; i++) {
            double wk = w[i];
            w[i] = wk - a * g[i] + p * (wk - previous[i]);
            previous[i] = wk;
        }
    }

    @Override
    public int stepSizeCount() {
        return 1;
    }

    @Override
    protected double stepSizeAt(int i) {
        return a;
    }

    @Override
    public OptimizerState snapshot() {
        return OptimizerState.builder(NAME, 1).array("previous", previous).scalar("started", started ? 1 : 0).build();
    }

    @Override
    public void restore(OptimizerState state) {
        state.requireCompatible(NAME, 1);
        state.copyArray("previous", previous);
        started = state.scalar("started") != 0;
    }
}
