package org.stepplan.optim;

import org.stepplan.core.HyperParameters;
import org.stepplan.core.Oracle;
import org.stepplan.core.Param;

/**
 * Adam, AdamW and AMSGrad with PyTorch {@code torch.optim} semantics (docs/methods.md §4), on one flat parameter vector.
 * The three share this class; they differ only in how {@code weight_decay} acts and whether the AMSGrad maximum is
 * kept.
 *
 * <pre>
 * input: lr, beta1, beta2, eps, weight_decay (lambda), amsgrad
 * state: t = 0, m = 0, v = 0, vmax = 0 (amsgrad only)
 * loop:  t = t + 1
 *        g = grad f(theta)
 *        adam, amsgrad:  if lambda != 0: g = g + lambda theta          (coupled L2)
 *        adamw:          theta = theta (1 - lr lambda)                   (decoupled, before the moments; g unchanged)
 *        m = beta1 m + (1 - beta1) g
 *        v = beta2 v + (1 - beta2) g g
 *        bc1 = 1 - beta1^t;  bc2 = 1 - beta2^t
 *        amsgrad:  vmax = max(vmax, v)                                    (max of the RAW v, not of v / bc2)
 *                  denom = sqrt(vmax) / sqrt(bc2) + eps
 *        else:     denom = sqrt(v) / sqrt(bc2) + eps
 *        theta = theta - (lr / bc1) (m / denom)
 * </pre>
 * Source: {@code pytorch/pytorch} {@code torch/optim/adam.py} and {@code torch/optim/adamw.py},
 * {@code _single_tensor_adam(w)}. Defaults as there: lr 1e-3, betas (0.9, 0.999) (here {@code beta1}, {@code beta2}),
 * eps 1e-8, amsgrad false; weight_decay 0 for adam and amsgrad, 1e-2 for adamw. {@code amsgrad} is adam with
 * amsgrad = true. Not offered: {@code maximize}, {@code foreach}, {@code fused}, {@code capturable},
 * {@code differentiable} (they change nothing for one flat double vector that is minimized).
 *
 * <p>Notes on faithfulness:
 * <ul>
 *   <li>eps is added after dividing sqrt(v) by sqrt(bc2), i.e. {@code m̂ / (sqrt(v̂) + eps)} (current PyTorch; the
 *       old placement of Adam-HD, {@link AdamHd}, differs).</li>
 *   <li>AMSGrad follows the code, not the docstring: the maximum is of the raw {@code exp_avg_sq}, then divided by the
 *       current sqrt(bc2). The docstring's max of bias-corrected v̂ is a different algorithm.</li>
 *   <li>PyTorch writes the first moment as {@code exp_avg.lerp_(grad, 1 - beta1)}; this class computes the spec's
 *       algebraically identical {@code beta1 m + (1 - beta1) g}, which can differ from it in the last bit.</li>
 *   <li>The seed paper (Sec. 2.5) normalises m and v by dividing by (1 - beta) and omits eps and the bias correction;
 *       that formula is not implemented. It also calls AdamW "L2 regularization"; AdamW's decay is decoupled.</li>
 * </ul>
 *
 * <p>Step sizes (d of them): the effective per-component step of the last update, {@code s_i = (lr / bc1) / denom_i},
 * so that {@code theta_i -= s_i m_i}; computed on demand from the state. Before the first step: lr.
 */
public final class Adam extends AbstractOptimizer {

    /** CLI name of Adam. */
    public static final String ADAM = "adam";
    /** CLI name of AdamW. */
    public static final String ADAMW = "adamw";
    /** CLI name of AMSGrad (Adam with amsgrad = true). */
    public static final String AMSGRAD = "amsgrad";

    /** Which registered method a config is. */
    public enum Variant {
        /** Adam, coupled L2 weight decay; amsgrad optional. */
        ADAM(Adam.ADAM, false),
        /** AdamW, decoupled weight decay; amsgrad optional. */
        ADAMW(Adam.ADAMW, true),
        /** Adam with amsgrad = true. */
        AMSGRAD(Adam.AMSGRAD, false);

        private final String cliName;
        private final boolean decoupled;

        Variant(String cliName, boolean decoupled) {
            this.cliName = cliName;
            this.decoupled = decoupled;
        }

        public String cliName() {
            return cliName;
        }

        /** True when weight decay is AdamW's decoupled {@code theta (1 - lr lambda)}. */
        public boolean decoupled() {
            return decoupled;
        }
    }

    /** The variant and the hyper-parameters, each declared once below. */
    public record Config(Variant variant, double lr, double beta1, double beta2, double eps, double weight_decay,
                         boolean amsgrad) implements DeclaredConfig<Config> {
        public static final Param<Double> LR = Param.real("lr", 1e-3, Param.nonNegative(), "learning rate");
        public static final Param<Double> BETA1 = Param.real("beta1", 0.9, Param.inRange(0.0, 1.0),
                "first-moment decay (betas[0]), in [0, 1)");
        public static final Param<Double> BETA2 = Param.real("beta2", 0.999, Param.inRange(0.0, 1.0),
                "second-moment decay (betas[1]), in [0, 1)");
        public static final Param<Double> EPS = Param.real("eps", 1e-8, Param.nonNegative(),
                "added to sqrt(v)/sqrt(bc2)");
        public static final Param<Double> WEIGHT_DECAY = Param.real("weight_decay", 0.0, Param.nonNegative(),
                "L2 penalty added to the gradient");
        public static final Param<Boolean> AMSGRAD = Param.bool("amsgrad", false,
                "keep the maximum of the raw second moment (AMSGrad)");

        static final HyperParameters<Config> ADAM_PARAMS = HyperParameters.of(ADAM, Config.class, LR, BETA1, BETA2, EPS,
                WEIGHT_DECAY, AMSGRAD).fixing("variant", Variant.ADAM);
        static final HyperParameters<Config> ADAMW_PARAMS = HyperParameters.of(ADAMW, Config.class, LR, BETA1, BETA2,
                EPS, WEIGHT_DECAY.withDefault(1e-2).withDoc("decoupled weight decay: theta *= 1 - lr*weight_decay"),
                AMSGRAD).fixing("variant", Variant.ADAMW);
        static final HyperParameters<Config> AMSGRAD_PARAMS = HyperParameters.of(Adam.AMSGRAD, Config.class, LR, BETA1,
                BETA2, EPS, WEIGHT_DECAY).fixing(AMSGRAD, true).fixing("variant", Variant.AMSGRAD);

        public Config {
            if (variant == null) {
                throw new IllegalArgumentException("variant must not be null");
            }
            LR.check(lr);
            BETA1.check(beta1);
            BETA2.check(beta2);
            EPS.check(eps);
            WEIGHT_DECAY.check(weight_decay);
            if (variant == Variant.AMSGRAD && !amsgrad) {
                throw new IllegalArgumentException("amsgrad must be true for method amsgrad, got false");
            }
        }

        /** The variant with every PyTorch default. */
        public static Config defaults(Variant variant) {
            return hyper(variant).defaults();
        }

        private static HyperParameters<Config> hyper(Variant variant) {
            return switch (variant) {
                case ADAM -> ADAM_PARAMS;
                case ADAMW -> ADAMW_PARAMS;
                case AMSGRAD -> AMSGRAD_PARAMS;
            };
        }

        @Override
        public HyperParameters<Config> hyperParameters() {
            return hyper(variant);
        }

        @Override
        public Optimizer create(int dimension) {
            return new Adam(this, dimension);
        }
    }

    /** The registry entry of adam. */
    public static MethodSpec adamSpec() {
        return MethodSpec.of("Adam (Kingma & Ba), PyTorch torch.optim.Adam semantics; coupled L2 weight decay",
                Config.ADAM_PARAMS);
    }

    /** The registry entry of adamw. */
    public static MethodSpec adamwSpec() {
        return MethodSpec.of("AdamW (Loshchilov & Hutter), PyTorch torch.optim.AdamW semantics; decoupled weight decay",
                Config.ADAMW_PARAMS);
    }

    /** The registry entry of amsgrad. */
    public static MethodSpec amsgradSpec() {
        return MethodSpec.of("AMSGrad (Reddi et al.), torch.optim.Adam with amsgrad=True: max of the raw second moment",
                Config.AMSGRAD_PARAMS);
    }

    private final Config config;
    private final double[] g;
    private final double[] m;
    private final double[] v;
    private final double[] vmax;
    private long t;
    /** The bias corrections of step t: 1 - beta1^t and sqrt(1 - beta2^t), computed once per step. */
    private double bc1;
    private double bc2Sqrt;

    private Adam(Config config, int dimension) {
        super(config.method(), dimension);
        this.config = config;
        this.g = new double[dimension];
        this.m = new double[dimension];
        this.v = new double[dimension];
        this.vmax = config.amsgrad() ? new double[dimension] : null;
    }

    @Override
    public void step(double[] w, Oracle oracle) {
        checkLength(w);
        double lr = config.lr();
        double beta1 = config.beta1();
        double beta2 = config.beta2();
        double eps = config.eps();
        double lambda = config.weight_decay();
        boolean decoupled = config.variant().decoupled();
        t++;
        oracle.gradientOnly(w, g);
        corrections();
        double bc2Sqrt = this.bc2Sqrt;
        double stepSize = lr / bc1;
        for (int i = 0; i < dimension; i++) {
            double gi = g[i];
            if (lambda != 0.0) {
                if (decoupled) {
                    w[i] = w[i] * (1.0 - lr * lambda);
                } else {
                    gi = gi + lambda * w[i];
                }
            }
            m[i] = beta1 * m[i] + (1.0 - beta1) * gi;
            v[i] = beta2 * v[i] + (1.0 - beta2) * gi * gi;
            double second = v[i];
            if (vmax != null) {
                vmax[i] = Math.max(vmax[i], v[i]);
                second = vmax[i];
            }
            double denom = Math.sqrt(second) / bc2Sqrt + eps;
            w[i] = w[i] - stepSize * (m[i] / denom);
        }
    }

    @Override
    public int stepSizeCount() {
        return dimension;
    }

    private void corrections() {
        bc1 = 1.0 - Math.pow(config.beta1(), t);
        bc2Sqrt = Math.sqrt(1.0 - Math.pow(config.beta2(), t));
    }

    /** {@code (lr / bc1) / denom_i} of the last update (from v or vmax and the step's corrections); lr before the first. */
    @Override
    protected double stepSizeAt(int i) {
        if (t == 0) {
            return config.lr();
        }
        double second = vmax != null ? vmax[i] : v[i];
        double denom = Math.sqrt(second) / bc2Sqrt + config.eps();
        return config.lr() / bc1 / denom;
    }

    @Override
    public OptimizerState snapshot() {
        OptimizerState.Builder b = OptimizerState.builder(method(), 1).array("exp_avg", m).array("exp_avg_sq", v);
        if (vmax != null) {
            b.array("max_exp_avg_sq", vmax);
        }
        return b.scalar("step", t).scalar("amsgrad", vmax != null ? 1 : 0).build();
    }

    @Override
    public void restore(OptimizerState state) {
        state.requireCompatible(method(), 1);
        if ((state.scalar("amsgrad") != 0) != (vmax != null)) {
            throw new IllegalArgumentException("cannot restore a state with amsgrad=" + (vmax == null)
                    + " into " + method() + " with amsgrad=" + (vmax != null));
        }
        state.copyArray("exp_avg", m);
        state.copyArray("exp_avg_sq", v);
        if (vmax != null) {
            state.copyArray("max_exp_avg_sq", vmax);
        }
        t = (long) state.scalar("step");
        corrections();
    }
}
