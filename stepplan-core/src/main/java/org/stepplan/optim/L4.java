package org.stepplan.optim;

import org.stepplan.core.HyperParameters;
import org.stepplan.core.Oracle;
import org.stepplan.core.Param;

/**
 * L4, the loss-based step-size rule of Rolinek and Martius (2018; docs/methods.md §2), in its two published
 * specializations: L4Adam ({@code l4-adam}: Adam direction) and L4Mom ({@code l4-momentum}: momentum direction).
 * Both use a separate momentum transform as the derivative estimate.
 *
 * <pre>
 * input: fraction alpha, minloss_factor gamma, init_factor gamma_0, minloss_forget_time tau, epsilon,
 *        direction transform v (adam or momentum), guard_inner_product
 * state: L_min, t (steps taken), the direction transform's EMA(s), a separate momentum EMA for g_hat
 * loop:  L_t = f(w), g_t = grad f(w)                      (one gradient evaluation)
 *        if L_t is NaN: return (no step, no state change)   (PyTorch port)
 *        if L_t &lt; 0:    throw                              (PyTorch port: loss must be non-negative)
 *        t = t + 1
 *     1. L_min = gamma_0 L_t if t == 1 else min(L_min, L_t)
 *     2. v     = direction(g_t)                          (own EMA state)
 *        g_hat = momentum(g_t)                           (separate EMA state)
 *     3. eta   = alpha (L_t - gamma L_min) / (&lt;v, g_hat&gt; + epsilon)
 *     4. w     = w - eta v
 *     5. L_min = (1 + 1/tau) L_min
 * transforms (EMA shadows start at 0; bias-corrected with t = 1 on the first step):
 *     momentum(time_momentum T):  m = b m + (1 - b) g, b = 1 - 1/T;  output m / (1 - b^t)
 *     adam(time_scale_grad T1, time_scale_var T2, eps_a):
 *         m = b1 m + (1 - b1) g, s = b2 s + (1 - b2) g^2, b1 = 1 - 1/T1, b2 = 1 - 1/T2
 *         output (m / (1 - b1^t)) / (sqrt(s / (1 - b2^t)) + eps_a)
 * </pre>
 *
 * <p>Source: martius-lab/l4-optimizer, {@code L4/L4.py} (commit 4b68216e; TensorFlow 1.x), classes {@code L4General},
 * {@code L4Adam}, {@code L4Mom}, {@code AdamTransform}, {@code MomentumTransform}; cross-checked with the PyTorch port
 * iovdin/l4-pytorch {@code l4.py} (the NaN and negative-loss rules come from there). Defaults: fraction 0.15,
 * minloss_factor 0.9, init_factor 0.75, minloss_forget_time 1000, epsilon 1e-12; Adam transform 10/1000 with
 * epsilon 1e-4 (not the usual 1e-8); momentum transform 10. The derivative estimate g_hat is always the momentum
 * transform with time 10, as in both specializations of the code; the direction's time scales may be changed, as the
 * code's {@code adam_params}/{@code mom_params} allow. The order of operations is the sequential reading of
 * {@code apply_gradients} that docs/methods.md fixes (L_min is read in step 3 before the increase of step 5). The EMAs are
 * written {@code b m + (1 - b) g}; TensorFlow's {@code assign_moving_average} computes {@code m - (1 - b)(m - g)}, the
 * same in exact arithmetic (the code runs in float32 anyway).
 *
 * <p>The sign of &lt;v, g_hat&gt;: with the default time scales, the direction's first moment and g_hat are the same
 * bias-corrected EMA of the gradient, so &lt;v, g_hat&gt; = sum_i g_hat_i^2 / (sqrt(s_hat_i) + eps_a) (Adam) or
 * ||g_hat||^2 (momentum), never negative. It can be negative only with a direction time scale other than 10; the code
 * then takes a negative (or huge) eta and so does this class, unless {@code guard_inner_product=true}: then a step with
 * &lt;v, g_hat&gt; &lt;= 0 takes eta = 0 (no update), all state updates of steps 1, 2 and 5 still happening.
 *
 * <p>Seed vs original: the seed says L_min grows by the factor 1 + 1/gamma with gamma = 0.9; in the code it grows by
 * 1 + 1/tau with tau = 1000, and gamma = 0.9 scales L_min in the numerator. The seed's
 * alpha_k = (f(w_k) - f*)/(f'(w_k)^T v_k) leaves out the fraction 0.15, the momentum-averaged derivative g_hat in
 * the denominator, the initialisation L_min = 0.75 L_0 and (except in a footnote) epsilon.
 *
 * <p>Observable step size: eta of the last step (0 before the first step, and after a NaN-loss or guarded step).
 * One gradient evaluation per step.
 */
public final class L4 extends AbstractOptimizer {

    /** CLI name of L4Adam. */
    public static final String ADAM_NAME = "l4-adam";
    /** CLI name of L4Mom. */
    public static final String MOMENTUM_NAME = "l4-momentum";

    /** The direction estimator v. */
    public enum Direction { ADAM, MOMENTUM }

    /** The time scale of the momentum transform used as the derivative estimate g_hat (fixed in the code). */
    public static final double GRADIENT_TIME_MOMENTUM = 10.0;

    /** The direction and the hyper-parameters, each declared once below. */
    public record Config(Direction direction, double fraction, double minloss_factor, double init_factor,
                         double minloss_forget_time, double epsilon, boolean guard_inner_product,
                         double time_scale_grad, double time_scale_var, double adam_epsilon, double time_momentum)
            implements DeclaredConfig<Config> {
        public static final Param<Double> FRACTION = Param.real("fraction", 0.15, Param.positive(),
                "alpha: fraction of the 'optimal' step");
        public static final Param<Double> MINLOSS_FACTOR = Param.real("minloss_factor", 0.9, Param.closed(0.0, 1.0),
                "gamma: the target loss is gamma L_min, in [0, 1]");
        public static final Param<Double> INIT_FACTOR = Param.real("init_factor", 0.75, Param.closed(0.0, 1.0),
                "gamma_0: L_min starts at gamma_0 L_0");
        public static final Param<Double> MINLOSS_FORGET_TIME = Param.real("minloss_forget_time", 1000.0,
                Param.positive(), "tau: L_min grows by the factor 1 + 1/tau per step");
        public static final Param<Double> EPSILON = Param.real("epsilon", 1e-12, Param.nonNegative(),
                "added to <v, g_hat> in the denominator");
        public static final Param<Boolean> GUARD_INNER_PRODUCT = Param.bool("guard_inner_product", false,
                "no step when <v, g_hat> <= 0 (the code has no such guard)");
        public static final Param<Double> TIME_SCALE_GRAD = Param.real("time_scale_grad", 10.0,
                Param.finiteAtLeast(1.0), "Adam direction: time scale of the gradient EMA (beta1 = 1 - 1/T)");
        public static final Param<Double> TIME_SCALE_VAR = Param.real("time_scale_var", 1000.0,
                Param.finiteAtLeast(1.0), "Adam direction: time scale of the squared-gradient EMA (beta2 = 1 - 1/T)");
        public static final Param<Double> ADAM_EPSILON = Param.real("adam_epsilon", 1e-4, Param.nonNegative(),
                "Adam direction: added to sqrt(s_hat)");
        public static final Param<Double> TIME_MOMENTUM = Param.real("time_momentum", 10.0,
                Param.finiteAtLeast(1.0), "momentum direction: time scale of its EMA (beta = 1 - 1/T)");

        static final HyperParameters<Config> ADAM_PARAMS = HyperParameters.of(ADAM_NAME, Config.class, FRACTION,
                MINLOSS_FACTOR, INIT_FACTOR, MINLOSS_FORGET_TIME, EPSILON, GUARD_INNER_PRODUCT, TIME_SCALE_GRAD,
                TIME_SCALE_VAR, ADAM_EPSILON).fixing(TIME_MOMENTUM).fixing("direction", Direction.ADAM);
        static final HyperParameters<Config> MOMENTUM_PARAMS = HyperParameters.of(MOMENTUM_NAME, Config.class, FRACTION,
                MINLOSS_FACTOR, INIT_FACTOR, MINLOSS_FORGET_TIME, EPSILON, GUARD_INNER_PRODUCT, TIME_MOMENTUM)
                .fixing(TIME_SCALE_GRAD).fixing(TIME_SCALE_VAR).fixing(ADAM_EPSILON).fixing("direction",
                Direction.MOMENTUM);

        public Config {
            if (direction == null) {
                throw new IllegalArgumentException("direction must not be null");
            }
            FRACTION.check(fraction);
            MINLOSS_FACTOR.check(minloss_factor);
            INIT_FACTOR.check(init_factor);
            MINLOSS_FORGET_TIME.check(minloss_forget_time);
            EPSILON.check(epsilon);
            TIME_SCALE_GRAD.check(time_scale_grad);
            TIME_SCALE_VAR.check(time_scale_var);
            ADAM_EPSILON.check(adam_epsilon);
            TIME_MOMENTUM.check(time_momentum);
        }

        /** The code's defaults for {@code direction} (L4Adam or L4Mom). */
        public static Config defaults(Direction direction) {
            return hyper(direction).defaults();
        }

        private static HyperParameters<Config> hyper(Direction direction) {
            return direction == Direction.ADAM ? ADAM_PARAMS : MOMENTUM_PARAMS;
        }

        @Override
        public HyperParameters<Config> hyperParameters() {
            return hyper(direction);
        }

        @Override
        public Optimizer create(int dimension) {
            return new L4(this, dimension);
        }
    }

    /** The registry entry of l4-adam. */
    public static MethodSpec adamSpec() {
        return MethodSpec.of("L4Adam: loss-based step eta = alpha (L - gamma L_min)/<v, g_hat> on Adam's direction"
                        + " (Rolinek & Martius 2018; martius-lab/l4-optimizer)", Config.ADAM_PARAMS);
    }

    /** The registry entry of l4-momentum. */
    public static MethodSpec momentumSpec() {
        return MethodSpec.of("L4Mom: loss-based step eta = alpha (L - gamma L_min)/<v, g_hat> on a momentum direction"
                        + " (Rolinek & Martius 2018; martius-lab/l4-optimizer)", Config.MOMENTUM_PARAMS);
    }

    private final Config config;
    private final boolean adam;
    /** Decay of the direction's first-moment EMA (Adam's b1 or the momentum direction's b). */
    private final double directionDecay;
    /** Decay of Adam's second-moment EMA (unused by the momentum direction). */
    private final double varianceDecay;
    private final double gradientDecay;
    private final double minlossIncrease;
    private final double[] g;
    private final double[] v;
    /** The direction's first-moment EMA shadow. */
    private final double[] directionMean;
    /** Adam's second-moment EMA shadow (length 0 for the momentum direction). */
    private final double[] directionVariance;
    /** The derivative estimate's EMA shadow (separate state, even where it equals the direction's). */
    private final double[] gradientMean;
    private double minLoss;
    private long t;
    private double eta;

    private L4(Config config, int dimension) {
        super(config.method(), dimension);
        this.config = config;
        this.adam = config.direction() == Direction.ADAM;
        this.directionDecay = 1.0 - 1.0 / (adam ? config.time_scale_grad() : config.time_momentum());
        this.varianceDecay = 1.0 - 1.0 / config.time_scale_var();
        this.gradientDecay = 1.0 - 1.0 / GRADIENT_TIME_MOMENTUM;
        this.minlossIncrease = 1.0 + 1.0 / config.minloss_forget_time();
        this.g = new double[dimension];
        this.v = new double[dimension];
        this.directionMean = new double[dimension];
        this.directionVariance = new double[adam ? dimension : 0];
        this.gradientMean = new double[dimension];
    }

    /**
     * One L4 step.
     *
     * @throws IllegalArgumentException if the loss is negative (L4 needs a non-negative loss); nothing is changed
     */
    @Override
    public void step(double[] w, Oracle oracle) {
        checkLength(w);
        double loss = oracle.gradient(w, g);
        if (Double.isNaN(loss)) {
            eta = 0.0;
            return;
        }
        if (loss < 0.0) {
            throw new IllegalArgumentException(method() + ": the loss must be non-negative (L4 targets a fraction of"
                    + " the smallest loss seen), got " + loss);
        }
        t++;
        // 1. L_min
        minLoss = t == 1 ? config.init_factor() * loss : Math.min(minLoss, loss);
        // 2. direction v and derivative estimate g_hat (kept in gradientMean, corrected in the inner product)
        double directionCorrection = 1.0 - Math.pow(directionDecay, t);
        double gradientCorrection = 1.0 - Math.pow(gradientDecay, t);
        double varianceCorrection = 1.0 - Math.pow(varianceDecay, t);
        double inner = 0.0;
        for (int i = 0; i < dimension; i++) {
            double gi = g[i];
            directionMean[i] = directionDecay * directionMean[i] + (1.0 - directionDecay) * gi;
            double vi;
            if (adam) {
                directionVariance[i] = varianceDecay * directionVariance[i] + (1.0 - varianceDecay) * (gi * gi);
                vi = (directionMean[i] / directionCorrection)
                        / (Math.sqrt(directionVariance[i] / varianceCorrection) + config.adam_epsilon());
            } else {
                vi = directionMean[i] / directionCorrection;
            }
            v[i] = vi;
            gradientMean[i] = gradientDecay * gradientMean[i] + (1.0 - gradientDecay) * gi;
            inner += vi * (gradientMean[i] / gradientCorrection);
        }
        // 3. eta (L_min read before the increase of step 5)
        if (config.guard_inner_product() && !(inner > 0.0)) {
            eta = 0.0;
        } else {
            eta = config.fraction() * (loss - config.minloss_factor() * minLoss) / (inner + config.epsilon());
            // 4. the step
            for (int i = 0; i < dimension; i++) {
                w[i] = w[i] - eta * v[i];
            }
        }
        // 5. forget the minimum slowly
        minLoss = minlossIncrease * minLoss;
    }

    @Override
    public int stepSizeCount() {
        return 1;
    }

    @Override
    protected double stepSizeAt(int i) {
        return eta;
    }

    @Override
    public OptimizerState snapshot() {
        OptimizerState.Builder b = OptimizerState.builder(method(), 1)
                .array("direction_mean", directionMean)
                .array("gradient_mean", gradientMean);
        if (adam) {
            b.array("direction_variance", directionVariance);
        }
        return b.scalar("min_loss", minLoss).scalar("t", t).scalar("eta", eta).build();
    }

    @Override
    public void restore(OptimizerState state) {
        state.requireCompatible(method(), 1);
        state.copyArray("direction_mean", directionMean);
        state.copyArray("gradient_mean", gradientMean);
        if (adam) {
            state.copyArray("direction_variance", directionVariance);
        }
        minLoss = state.scalar("min_loss");
        t = (long) state.scalar("t");
        eta = state.scalar("eta");
    }
}
