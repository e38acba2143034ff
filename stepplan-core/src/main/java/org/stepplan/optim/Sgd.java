package org.stepplan.optim;

import org.stepplan.core.HyperParameters;
import org.stepplan.core.Oracle;
import org.stepplan.core.Param;
import org.stepplan.core.Vectors;

/**
 * PyTorch's SGD (docs/methods.md §4) and its hypergradient-descent version SGD-HD / SGDN-HD (Baydin et al. 2018,
 * docs/methods.md §8), on one flat parameter vector. SGD-HD is SGD whose scalar learning rate takes one gradient step of
 * its own before each parameter step; the momentum logic is shared.
 *
 * <pre>
 * input: lr, momentum mu, dampening tau, weight_decay lambda, nesterov; hypergrad_lr beta (HD variants only)
 * state: momentum buffer b; d_prev = 0 (HD only); the current lr (HD only)
 * loop:  g = grad f(theta)
 *        if lambda != 0: g = g + lambda theta
 *        HD only:  h = g · d_prev                   (dot product; 0 on the first step)
 *                  lr = lr + beta h                 (BEFORE the parameter step, used at once; never clipped)
 *        if mu != 0:
 *            b = g                                  on the first step (a copy; no dampening)
 *            b = mu b + (1 - tau) g                 afterwards
 *            d = g + mu b  if nesterov,  else d = b
 *        else d = g
 *        HD only:  d_prev = d                       (the direction just used; with momentum and no nesterov: b)
 *        theta = theta - lr d
 * </pre>
 * Sources: {@code pytorch/pytorch} {@code torch/optim/sgd.py} (docs 2.0; docs/methods.md §4), and
 * {@code gbaydin/hypergradient-descent} {@code hypergrad/sgd_hd.py} (class {@code SGDHD}), whose experiment driver is
 * {@code train.py} with {@code run.sh}. Nesterov requires momentum &gt; 0 and dampening = 0 (checked, as in both).
 *
 * <p>Defaults: lr 1e-3 (PyTorch's SGD default since 2.2; SGDHD requires lr, and {@code train.py}'s
 * {@code --alpha_0} default is 0.001), momentum 0, dampening 0, weight_decay 0, nesterov false, hypergrad_lr 1e-6
 * (SGDHD's default; {@code run.sh} uses {@code --beta 0.001}). {@code sgdn-hd} is {@code train.py}'s
 * {@code sgdn_hd}: SGDHD with nesterov = true and momentum {@code --mu}, default 0.9; its dampening is 0.
 *
 * <p>Seed vs original: the seed gives only {@code alpha_{k+1} = alpha_k + eta f'(w_k)^T f'(w_{k-1})}, the momentum-free
 * form; with momentum the code dots the gradient with the previous update direction, not the previous gradient. The
 * seed does not say that lr is updated before its use in the same step.
 *
 * <p>Step size (one): the current lr (constant for {@code sgd}; after an HD step, the lr that step used).
 */
public final class Sgd extends AbstractOptimizer {

    /** CLI name of plain SGD. */
    public static final String SGD = "sgd";
    /** CLI name of SGD with hypergradient descent on lr. */
    public static final String SGD_HD = "sgd-hd";
    /** CLI name of SGD with Nesterov momentum and hypergradient descent on lr. */
    public static final String SGDN_HD = "sgdn-hd";

    /** Which registered method a config is. */
    public enum Variant {
        /** torch.optim.SGD. */
        SGD(Sgd.SGD, false),
        /** SGDHD with the class defaults (momentum 0). */
        SGD_HD(Sgd.SGD_HD, true),
        /** SGDHD with nesterov = true and momentum 0.9 by default. */
        SGDN_HD(Sgd.SGDN_HD, true);

        private final String cliName;
        private final boolean hypergradient;

        Variant(String cliName, boolean hypergradient) {
            this.cliName = cliName;
            this.hypergradient = hypergradient;
        }

        public String cliName() {
            return cliName;
        }

        /** True for the hypergradient variants. */
        public boolean hypergradient() {
            return hypergradient;
        }
    }

    /** The variant and the hyper-parameters, each declared once below. */
    public record Config(Variant variant, double lr, double momentum, double dampening, double weight_decay,
                         boolean nesterov, double hypergrad_lr) implements DeclaredConfig<Config> {
        public static final Param<Double> LR = Param.real("lr", 1e-3, Param.nonNegative(),
                "learning rate (initial, for HD)");
        public static final Param<Double> MOMENTUM = Param.real("momentum", 0.0, Param.nonNegative(),
                "momentum factor mu");
        public static final Param<Double> DAMPENING = Param.real("dampening", 0.0, Param.finite(),
                "momentum dampening tau: b = mu b + (1 - tau) g after the first step");
        public static final Param<Double> WEIGHT_DECAY = Param.real("weight_decay", 0.0, Param.nonNegative(),
                "L2 penalty added to the gradient");
        public static final Param<Boolean> NESTEROV = Param.bool("nesterov", false,
                "Nesterov momentum d = g + mu b (needs momentum > 0, dampening = 0)");
        public static final Param<Double> HYPERGRAD_LR = Param.real("hypergrad_lr", 1e-6, Param.nonNegative(),
                "hypergradient learning rate beta: lr += beta g·d_prev before each step");

        static final HyperParameters<Config> SGD_PARAMS = HyperParameters.of(SGD, Config.class, LR, MOMENTUM, DAMPENING,
                WEIGHT_DECAY, NESTEROV).fixing(HYPERGRAD_LR, 0.0).fixing("variant", Variant.SGD);
        static final HyperParameters<Config> SGD_HD_PARAMS = HyperParameters.of(SGD_HD, Config.class, LR, MOMENTUM,
                DAMPENING, WEIGHT_DECAY, NESTEROV, HYPERGRAD_LR).fixing("variant", Variant.SGD_HD);
        static final HyperParameters<Config> SGDN_HD_PARAMS = HyperParameters.of(SGDN_HD, Config.class, LR,
                MOMENTUM.withDefault(0.9).withDoc("momentum factor mu, > 0 (train.py --mu)"), WEIGHT_DECAY,
                HYPERGRAD_LR).fixing(DAMPENING, 0.0).fixing(NESTEROV, true).fixing("variant", Variant.SGDN_HD);

        public Config {
            if (variant == null) {
                throw new IllegalArgumentException("variant must not be null");
            }
            LR.check(lr);
            MOMENTUM.check(momentum);
            DAMPENING.check(dampening);
            WEIGHT_DECAY.check(weight_decay);
            if (nesterov && (momentum <= 0 || dampening != 0)) {
                throw new IllegalArgumentException("nesterov momentum requires momentum > 0 and dampening = 0, got "
                        + "momentum=" + momentum + ", dampening=" + dampening);
            }
            if (variant == Variant.SGDN_HD && !nesterov) {
                throw new IllegalArgumentException("nesterov must be true for method sgdn-hd, got false");
            }
            if (variant.hypergradient()) {
                HYPERGRAD_LR.check(hypergrad_lr);
            } else if (hypergrad_lr != 0.0) {
                throw new IllegalArgumentException("hypergrad_lr must be 0 for method sgd, got " + hypergrad_lr);
            }
        }

        /** The variant with every default. */
        public static Config defaults(Variant variant) {
            return hyper(variant).defaults();
        }

        private static HyperParameters<Config> hyper(Variant variant) {
            return switch (variant) {
                case SGD -> SGD_PARAMS;
                case SGD_HD -> SGD_HD_PARAMS;
                case SGDN_HD -> SGDN_HD_PARAMS;
            };
        }

        @Override
        public HyperParameters<Config> hyperParameters() {
            return hyper(variant);
        }

        @Override
        public Optimizer create(int dimension) {
            return new Sgd(this, dimension);
        }
    }

    /** The registry entry of sgd. */
    public static MethodSpec sgdSpec() {
        return MethodSpec.of("stochastic gradient descent, PyTorch torch.optim.SGD semantics (momentum optional)",
                Config.SGD_PARAMS);
    }

    /** The registry entry of sgd-hd. */
    public static MethodSpec sgdHdSpec() {
        return MethodSpec.of("SGD with hypergradient descent on lr (Baydin et al. 2018, gbaydin/hypergradient-descent SGDHD)",
                Config.SGD_HD_PARAMS);
    }

    /** The registry entry of sgdn-hd. */
    public static MethodSpec sgdnHdSpec() {
        return MethodSpec.of("SGD with Nesterov momentum and hypergradient descent on lr (Baydin et al. 2018, SGDHD nesterov=True)",
                Config.SGDN_HD_PARAMS);
    }

    private final Config config;
    private final double[] g;
    private final double[] buffer;
    private final double[] dPrevious;
    private double lr;
    private boolean started;

    private Sgd(Config config, int dimension) {
        super(config.method(), dimension);
        this.config = config;
        this.lr = config.lr();
        this.g = new double[dimension];
        this.buffer = new double[dimension];
        this.dPrevious = new double[dimension];
    }

    @Override
    public void step(double[] w, Oracle oracle) {
        checkLength(w);
        double mu = config.momentum();
        double tau = config.dampening();
        double lambda = config.weight_decay();
        boolean nesterov = config.nesterov();
        boolean hd = config.variant().hypergradient();
        oracle.gradient(w, g);
        if (lambda != 0.0) {
            Vectors.axpy(lambda, w, g); // coupled L2: g = g + lambda theta
        }
        if (hd) {
            double h = Vectors.dot(g, dPrevious);
            lr = lr + config.hypergrad_lr() * h;
        }
        for (int i = 0; i < dimension; i++) {
            double d = g[i];
            if (mu != 0.0) {
                buffer[i] = started ? mu * buffer[i] + (1.0 - tau) * g[i] : g[i];
                d = nesterov ? g[i] + mu * buffer[i] : buffer[i];
            }
            if (hd) {
                dPrevious[i] = d;
            }
            w[i] = w[i] - lr * d;
        }
        started = true;
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
        return OptimizerState.builder(method(), 1).array("momentum_buffer", buffer).array("d_prev", dPrevious)
                .scalar("lr", lr).scalar("started", started ? 1 : 0).build();
    }

    @Override
    public void restore(OptimizerState state) {
        state.requireCompatible(method(), 1);
        state.copyArray("momentum_buffer", buffer);
        state.copyArray("d_prev", dPrevious);
        lr = state.scalar("lr");
        started = state.scalar("started") != 0;
    }
}
