package org.stepplan.optim;

import java.util.Arrays;
import java.util.Set;
import org.stepplan.core.Capability;
import org.stepplan.core.HyperParameters;
import org.stepplan.core.LinearExample;
import org.stepplan.core.Oracle;
import org.stepplan.core.Param;

/**
 * IDBD, incremental delta-bar-delta (Sutton 1992, "Adapting bias by gradient descent: an incremental version of
 * delta-bar-delta", AAAI-92), for linear least-mean-squares (LMS) learning; docs/methods.md §6.
 *
 * <pre>
 * input: meta step size theta &gt;= 0, initial step size alpha_0 &gt; 0
 * state: beta = ln alpha (beta_i = ln alpha_0), h = 0
 * loop (one example (x, y*) per iteration, drawn through the oracle: 1 gradient evaluation):
 *     delta = y* - sum_i w_i x_i                          (prediction with the weights before the update)
 *     for each i, in this order:
 *         beta_i  = beta_i + theta * delta * x_i * h_i
 *         alpha_i = exp(beta_i)
 *         w_i     = w_i + alpha_i * delta * x_i           (the NEW alpha_i)
 *         h_i     = h_i * max(1 - alpha_i * x_i^2, 0) + alpha_i * delta * x_i
 * </pre>
 * Products are evaluated left to right as written ({@code x_i^2} first in the h update, as in idbd.py). The exposed
 * step sizes are alpha_i = exp(beta_i), one per component.
 *
 * <p>Source: [3P] {@code vivekveeriah/IncrementalDeltaBarDelta}, file {@code idbd.py} (a replication by a student in
 * Sutton's group; the variable names follow the paper), line
 * {@code h = h*np.maximum(1 - alpha*x**2, 0) + alpha*delta*x}. Not checked against the AAAI-92 text itself.
 *
 * <p>Defaults: {@code init_alpha = 0.05} (beta = ln 0.05, idbd.py and the alberta_framework replication of Sutton's
 * Experiment 1, whose comment says "paper uses 0.05"); {@code theta = 0.001}, the value the alberta replication
 * uses for Sutton's step-size-trajectory figure with N(0,1) inputs (idbd.py uses 0.05 with U(0,1) inputs; docs/methods.md
 * §6 leaves theta a user parameter, so this is a documented choice, not a fact of the paper).
 *
 * <p>Where the seed paper differs: it calls theta "eta" and calls delta "the sampled loss" (delta is the error; the
 * loss is delta^2/2); its claim that {@code alpha_i <= 1/x_i^2} is necessary and sufficient for convergence is the seed's
 * own argument and plays no part here. IDBD is defined for LMS only: this class throws
 * {@link IllegalArgumentException} when the oracle's objective is not a {@link LinearExample}; there is no generic
 * (non-LMS) extension.
 */
public final class Idbd extends AbstractOptimizer {

    /** CLI name. */
    public static final String NAME = "idbd";

    /** The hyper-parameters, each declared once below. */
    public record Config(double theta, double init_alpha) implements DeclaredConfig<Config> {
        public static final Param<Double> THETA = Param.real("theta", 0.001, Param.nonNegative(),
                "meta step size (the seed paper's eta)");
        public static final Param<Double> INIT_ALPHA = Param.real("init_alpha", 0.05, Param.positive(),
                "initial step size of every component (beta = ln init_alpha)");

        static final HyperParameters<Config> HYPER = HyperParameters.of(NAME, Config.class, THETA, INIT_ALPHA);

        public Config {
            THETA.check(theta);
            INIT_ALPHA.check(init_alpha);
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
        public Set<Capability> requires() {
            return Set.of(Capability.LINEAR_EXAMPLES);
        }

        @Override
        public Optimizer create(int dimension) {
            return new Idbd(this, dimension);
        }
    }

    /** The registry entry. */
    public static MethodSpec spec() {
        return MethodSpec.of("IDBD (Sutton 1992): per-component LMS step sizes alpha = exp(beta) adapted by "
                + "meta-gradient; needs linear least-mean-squares examples", Config.HYPER);
    }

    private final double theta;
    private final double[] beta;
    private final double[] h;
    private final double[] g;

    private Idbd(Config config, int dimension) {
        super(NAME, dimension);
        this.theta = config.theta();
        this.beta = new double[dimension];
        Arrays.fill(beta, Math.log(config.init_alpha()));
        this.h = new double[dimension];
        this.g = new double[dimension];
    }

    @Override
    public void step(double[] w, Oracle oracle) {
        checkLength(w);
        LinearExample example = LinearExample.of(oracle, NAME);
        oracle.gradient(w, g); // draws the example (x, y*); one gradient evaluation
        double prediction = 0.0;
        for (int i = 0; i < dimension; i++) {
            prediction += w[i] * example.input(i);
        }
        double delta = example.target() - prediction;
        for (int i = 0; i < dimension; i++) {
            double x = example.input(i);
            beta[i] = beta[i] + theta * delta * x * h[i];
            double alpha = Math.exp(beta[i]);
            w[i] = w[i] + alpha * delta * x;
            h[i] = h[i] * Math.max(1.0 - alpha * (x * x), 0.0) + alpha * delta * x;
        }
    }

    @Override
    public int stepSizeCount() {
        return dimension;
    }

    @Override
    protected double stepSizeAt(int i) {
        return Math.exp(beta[i]);
    }

    @Override
    public OptimizerState snapshot() {
        return OptimizerState.builder(NAME, 1).array("beta", beta).array("h", h).build();
    }

    @Override
    public void restore(OptimizerState state) {
        state.requireCompatible(NAME, 1);
        state.copyArray("beta", beta);
        state.copyArray("h", h);
    }
}
