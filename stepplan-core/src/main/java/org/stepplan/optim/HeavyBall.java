package org.stepplan.optim;

import org.stepplan.core.HyperParameters;
import org.stepplan.core.Oracle;
import org.stepplan.core.Param;

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

    /** The hyper-parameters, each declared once below. */
    public record Config(double a, double p) implements DeclaredConfig<Config> {
        public static final Param<Double> A = Param.real("a", 0.0015, Param.positive(), "step size");
        public static final Param<Double> P = Param.real("p", 0.9, Param.inRange(0.0, 1.0), "momentum, in [0, 1)");

        static final HyperParameters<Config> HYPER = HyperParameters.of(NAME, Config.class, A, P);

        public Config {
            A.check(a);
            P.check(p);
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
            return new HeavyBall(this, dimension);
        }
    }

    /** The registry entry. */
    public static MethodSpec spec() {
        return MethodSpec.of("Polyak's heavy ball (seed eq. 10): w' = w - a g + p (w - w_prev)", Config.HYPER);
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
