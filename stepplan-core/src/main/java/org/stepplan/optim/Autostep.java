package org.stepplan.optim;

import java.util.Arrays;
import java.util.Set;
import org.stepplan.core.Capability;
import org.stepplan.core.HyperParameters;
import org.stepplan.core.LinearExample;
import org.stepplan.core.Oracle;
import org.stepplan.core.Param;

/**
 * Autostep (Mahmood, Sutton, Degris, Pilarski 2012, "Tuning-free step-size adaptation", ICASSP, Table 1), for linear
 * least-mean-squares (LMS) learning; docs/methods.md §7.
 *
 * <pre>
 * input: meta step size mu &gt;= 0, time scale tau &gt; 0, initial step size alpha_0 &gt; 0
 * state: alpha (= alpha_0), v = 0, h = 0
 * loop (one example (x, y*) per iteration, drawn through the oracle: 1 gradient evaluation):
 *     delta = y* - sum_i w_i x_i                          (the weights before the update)
 *     for each i:
 *         z_i = delta * x_i * h_i
 *         v_i = max(|z_i|, v_i + (1/tau) * alpha_i * x_i^2 * (|z_i| - v_i))     (the OLD alpha_i)
 *         if v_i != 0:  alpha_i = alpha_i * exp(mu * z_i / v_i)                 (v_i == 0: alpha_i unchanged)
 *     M = max(sum_i alpha_i x_i^2, 1)
 *     for each i:
 *         alpha_i = alpha_i / M
 *         w_i = w_i + alpha_i * delta * x_i
 *         h_i = h_i * (1 - alpha_i * x_i^2) + alpha_i * delta * x_i             (no positive part)
 * </pre>
 * Products are evaluated left to right as written, with {@code x_i^2} formed first. The exposed step sizes are the
 * alpha_i after the normalisation, one per component.
 *
 * <p>Sources: two independent [3P] implementations that agree (docs/methods.md §7): Will Dabney's PyRL
 * {@code stepsizes.py}, class {@code Autostep} (defaults mu = 1e-2, tau = 1e4), and a "src.util Config" repository's
 * class {@code AutoStep} (mu = 0.01, tau = 10000, init_stepsize = 0.001). Not checked against the paper itself.
 * PyRL carries a commented-out clip of {@code (1 - alpha x^2)} at 0; it is not applied: after the normalisation
 * {@code sum_i alpha_i x_i^2 <= 1}, so the factor is already &gt;= 0.
 *
 * <p>Defaults: mu = 0.01, tau = 1e4; {@code init_alpha = 0.001} (the sources do not fix it: 0.001 in the second
 * implementation, user-chosen in PyRL, 0.05 in the alberta replication; docs/methods.md suggests 0.001).
 *
 * <p>Where the seed paper differs: it says Autostep normalises "the update of beta by a running average of its
 * historical updates"; v is in fact a max-tracking normaliser, {@code max(|z|, slow average)} with a rate
 * {@code alpha x^2 / tau}. It says alpha is normalised "by the sum of all step-sizes weighted by x^2"; that happens
 * only when the sum exceeds 1. Autostep is defined for LMS only: this class throws {@link IllegalArgumentException}
 * when the oracle's objective is not a {@link LinearExample}; there is no generic (non-LMS) extension.
 */
public final class Autostep extends AbstractOptimizer {

    /** CLI name. */
    public static final String NAME = "autostep";

    /** The hyper-parameters, each declared once below. */
    public record Config(double mu, double tau, double init_alpha) implements DeclaredConfig<Config> {
        public static final Param<Double> MU = Param.real("mu", 0.01, Param.nonNegative(), "meta step size");
        public static final Param<Double> TAU = Param.real("tau", 1e4, Param.positive(),
                "time scale of the normaliser v");
        public static final Param<Double> INIT_ALPHA = Param.real("init_alpha", 0.001, Param.positive(),
                "initial step size of every component");

        static final HyperParameters<Config> HYPER = HyperParameters.of(NAME, Config.class, MU, TAU, INIT_ALPHA);

        public Config {
            MU.check(mu);
            TAU.check(tau);
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
            return new Autostep(this, dimension);
        }
    }

    /** The registry entry. */
    public static MethodSpec spec() {
        return MethodSpec.of("Autostep (Mahmood et al. 2012): tuning-free per-component LMS step sizes, "
                + "normalised IDBD; needs linear least-mean-squares examples", Config.HYPER);
    }

    private final double mu;
    private final double tau;
    private final double[] alpha;
    private final double[] v;
    private final double[] h;
    private final double[] g;

    private Autostep(Config config, int dimension) {
        super(NAME, dimension);
        this.mu = config.mu();
        this.tau = config.tau();
        this.alpha = new double[dimension];
        Arrays.fill(alpha, config.init_alpha());
        this.v = new double[dimension];
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
            double z = delta * x * h[i];
            double absZ = Math.abs(z);
            v[i] = Math.max(absZ, v[i] + (1.0 / tau) * alpha[i] * (x * x) * (absZ - v[i]));
            if (v[i] != 0.0) {
                alpha[i] = alpha[i] * Math.exp(mu * z / v[i]);
            }
        }
        double sum = 0.0;
        for (int i = 0; i < dimension; i++) {
            double x = example.input(i);
            sum += alpha[i] * (x * x);
        }
        double m = Math.max(sum, 1.0);
        for (int i = 0; i < dimension; i++) {
            double x = example.input(i);
            alpha[i] = alpha[i] / m;
            w[i] = w[i] + alpha[i] * delta * x;
            h[i] = h[i] * (1.0 - alpha[i] * (x * x)) + alpha[i] * delta * x;
        }
    }

    @Override
    public int stepSizeCount() {
        return dimension;
    }

    @Override
    protected double stepSizeAt(int i) {
        return alpha[i];
    }

    @Override
    public OptimizerState snapshot() {
        return OptimizerState.builder(NAME, 1).array("alpha", alpha).array("v", v).array("h", h).build();
    }

    @Override
    public void restore(OptimizerState state) {
        state.requireCompatible(NAME, 1);
        state.copyArray("alpha", alpha);
        state.copyArray("v", v);
        state.copyArray("h", h);
    }
}
