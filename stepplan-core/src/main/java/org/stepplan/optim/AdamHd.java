package org.stepplan.optim;

import org.stepplan.core.HyperParameters;
import org.stepplan.core.Oracle;
import org.stepplan.core.Param;
import org.stepplan.core.Vectors;

/**
 * Adam-HD: Adam whose scalar learning rate takes a hypergradient step before each parameter step (Baydin et al. 2018,
 * docs/methods.md §8), on one flat parameter vector. It keeps the OLD PyTorch Adam eps placement of the original code.
 *
 * <pre>
 * input: lr (initial), beta1, beta2, eps, weight_decay lambda, hypergrad_lr beta
 * state: t = 0, m = 0, v = 0, the current lr
 * loop:  t = t + 1
 *        g = grad f(theta)
 *        if lambda != 0: g = g + lambda theta                         (coupled L2)
 *        if t &gt; 1:                                                    (no hypergradient on the first step)
 *            pbc1 = 1 - beta1^(t-1);  pbc2 = 1 - beta2^(t-1)
 *            h = (g · (m / (sqrt(v) + eps))) sqrt(pbc2) / pbc1         (m, v: the PREVIOUS moments)
 *            lr = lr + beta h                                          (before the step, used at once; never clipped)
 *        m = beta1 m + (1 - beta1) g
 *        v = beta2 v + (1 - beta2) g g
 *        bc1 = 1 - beta1^t;  bc2 = 1 - beta2^t
 *        theta = theta - (lr sqrt(bc2) / bc1) (m / (sqrt(v) + eps))   (old eps placement)
 * </pre>
 * Source: {@code gbaydin/hypergradient-descent} {@code hypergrad/adam_hd.py} (class {@code AdamHD}). Defaults as
 * there: lr 1e-3, betas (0.9, 0.999) (here {@code beta1}, {@code beta2}), eps 1e-8, weight_decay 0, hypergrad_lr 1e-8
 * ({@code run.sh} uses 1e-7 for logreg/mlp and 1e-8 for vgg).
 *
 * <p>The eps placement is the original's {@code m̂ / (sqrt(v̂) + eps / sqrt(bc2))}, not current PyTorch's
 * {@code m̂ / (sqrt(v̂) + eps)} of {@link Adam}. The original loops over parameter tensors and so updates lr once per
 * tensor; for the single flat vector here there is exactly one lr update per step.
 *
 * <p>Seed vs original: the seed gives only the SGD form of hypergradient descent; it does not mention Adam-HD, the
 * defaults, or that lr is updated before use in the same step.
 *
 * <p>Step size (one): the current lr (after a step, the lr that step used; before the first step, the initial lr).
 */
public final class AdamHd extends AbstractOptimizer {

    /** CLI name. */
    public static final String NAME = "adam-hd";

    /** The hyper-parameters, each declared once below. */
    public record Config(double lr, double beta1, double beta2, double eps, double weight_decay,
                         double hypergrad_lr) implements DeclaredConfig<Config> {
        /** Adam's declarations; lr is the initial one, and eps sits in the old PyTorch place. */
        public static final Param<Double> LR = Adam.Config.LR.withDoc("initial learning rate");
        public static final Param<Double> BETA1 = Adam.Config.BETA1;
        public static final Param<Double> BETA2 = Adam.Config.BETA2;
        public static final Param<Double> EPS = Adam.Config.EPS.withDoc("added to sqrt(v) (old PyTorch placement)");
        public static final Param<Double> WEIGHT_DECAY = Adam.Config.WEIGHT_DECAY;
        public static final Param<Double> HYPERGRAD_LR = Param.real("hypergrad_lr", 1e-8, Param.nonNegative(),
                "hypergradient learning rate beta: lr += beta h before each step after the first");

        static final HyperParameters<Config> HYPER = HyperParameters.of(NAME, Config.class, LR, BETA1, BETA2, EPS,
                WEIGHT_DECAY, HYPERGRAD_LR);

        public Config {
            LR.check(lr);
            BETA1.check(beta1);
            BETA2.check(beta2);
            EPS.check(eps);
            WEIGHT_DECAY.check(weight_decay);
            HYPERGRAD_LR.check(hypergrad_lr);
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
            return new AdamHd(this, dimension);
        }
    }

    /** The registry entry. */
    public static MethodSpec spec() {
        return MethodSpec.of(
                "Adam with hypergradient descent on lr (Baydin et al. 2018, gbaydin/hypergradient-descent AdamHD)",
                Config.HYPER);
    }

    private final Config config;
    private final double[] g;
    private final double[] m;
    private final double[] v;
    private double lr;
    private long t;

    private AdamHd(Config config, int dimension) {
        super(NAME, dimension);
        this.config = config;
        this.lr = config.lr();
        this.g = new double[dimension];
        this.m = new double[dimension];
        this.v = new double[dimension];
    }

    @Override
    public void step(double[] w, Oracle oracle) {
        checkLength(w);
        double beta1 = config.beta1();
        double beta2 = config.beta2();
        double eps = config.eps();
        double lambda = config.weight_decay();
        t++;
        oracle.gradient(w, g);
        if (lambda != 0.0) {
            Vectors.axpy(lambda, w, g); // coupled L2: g = g + lambda theta
        }
        if (t > 1) {
            double pbc1 = 1.0 - Math.pow(beta1, t - 1);
            double pbc2 = 1.0 - Math.pow(beta2, t - 1);
            double dot = 0.0;
            for (int i = 0; i < dimension; i++) {
                dot += g[i] * (m[i] / (Math.sqrt(v[i]) + eps));
            }
            double h = dot * Math.sqrt(pbc2) / pbc1;
            lr = lr + config.hypergrad_lr() * h;
        }
        double bc1 = 1.0 - Math.pow(beta1, t);
        double bc2 = 1.0 - Math.pow(beta2, t);
        double stepSize = lr * Math.sqrt(bc2) / bc1;
        for (int i = 0; i < dimension; i++) {
            m[i] = beta1 * m[i] + (1.0 - beta1) * g[i];
            v[i] = beta2 * v[i] + (1.0 - beta2) * g[i] * g[i];
            double denom = Math.sqrt(v[i]) + eps;
            w[i] = w[i] - stepSize * (m[i] / denom);
        }
    }

    @Override
    public int stepSizeCount() {
        return 1;
    }

    /** The current learning rate. */
    @Override
    protected double stepSizeAt(int i) {
        return lr;
    }

    @Override
    public OptimizerState snapshot() {
        return OptimizerState.builder(NAME, 1).array("exp_avg", m).array("exp_avg_sq", v).scalar("lr", lr)
                .scalar("step", t).build();
    }

    @Override
    public void restore(OptimizerState state) {
        state.requireCompatible(NAME, 1);
        state.copyArray("exp_avg", m);
        state.copyArray("exp_avg_sq", v);
        lr = state.scalar("lr");
        t = (long) state.scalar("step");
    }
}
