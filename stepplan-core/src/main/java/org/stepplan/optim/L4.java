package org.stepplan.optim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stepplan.core.Oracle;
import org.stepplan.core.ParamSpec;
import org.stepplan.core.Params;
import org.stepplan.core.Vectors;

/**
 * L4, the loss-based step-size rule of Rolinek and Martius (2018; docs/methods.md §2), in its two published
 * specializations: L4Adam ({@code l4-adam}: Adam direction) and L4Mom ({@code l4-momentum}: momentum direction).
 * Both use a separate momentum transform as the derivative estimate.
 *
 * <pre>
 * input: fraction alpha, minloss_factor gamma, init_factor gamma_0, minloss_forget_time tau, epsilon,
 *        direction transform v (adam or momentum), guard-inner-product
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
 * then takes a negative (or huge) eta and so does this class, unless {@code guard-inner-product=true}: then a step with
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

    /**
     * @param direction         the direction estimator
     * @param fraction          alpha, the fraction of the "optimal" step, &gt; 0
     * @param minlossFactor     gamma in [0, 1]: the target loss is gamma L_min
     * @param initFactor        gamma_0 in [0, 1]: L_min starts at gamma_0 L_0
     * @param minlossForgetTime tau &gt; 0: L_min is multiplied by 1 + 1/tau after every step
     * @param epsilon           added to the inner product in the denominator, &gt;= 0
     * @param guardInnerProduct true: no step when &lt;v, g_hat&gt; &lt;= 0 (off in the code)
     * @param timeScaleGrad     Adam direction: time scale of the gradient EMA (b1 = 1 - 1/T1), &gt;= 1
     * @param timeScaleVar      Adam direction: time scale of the squared-gradient EMA (b2 = 1 - 1/T2), &gt;= 1
     * @param adamEpsilon       Adam direction: added to sqrt(s_hat), &gt;= 0
     * @param timeMomentum      momentum direction: time scale of its EMA, &gt;= 1
     */
    public record Config(Direction direction, double fraction, double minlossFactor, double initFactor,
                         double minlossForgetTime, double epsilon, boolean guardInnerProduct, double timeScaleGrad,
                         double timeScaleVar, double adamEpsilon, double timeMomentum) implements OptimizerConfig {
        public static final double DEFAULT_FRACTION = 0.15;
        public static final double DEFAULT_MINLOSS_FACTOR = 0.9;
        public static final double DEFAULT_INIT_FACTOR = 0.75;
        public static final double DEFAULT_MINLOSS_FORGET_TIME = 1000.0;
        public static final double DEFAULT_EPSILON = 1e-12;
        public static final boolean DEFAULT_GUARD_INNER_PRODUCT = false;
        public static final double DEFAULT_TIME_SCALE_GRAD = 10.0;
        public static final double DEFAULT_TIME_SCALE_VAR = 1000.0;
        public static final double DEFAULT_ADAM_EPSILON = 1e-4;
        public static final double DEFAULT_TIME_MOMENTUM = 10.0;

        public Config {
            if (direction == null) {
                throw new IllegalArgumentException("direction must not be null");
            }
            Vectors.requirePositive("fraction", fraction);
            requireUnit("minloss_factor", minlossFactor);
            requireUnit("init_factor", initFactor);
            Vectors.requirePositive("minloss_forget_time", minlossForgetTime);
            Vectors.requireNonNegative("epsilon", epsilon);
            requireTimeScale("time_scale_grad", timeScaleGrad);
            requireTimeScale("time_scale_var", timeScaleVar);
            Vectors.requireNonNegative("adam_epsilon", adamEpsilon);
            requireTimeScale("time_momentum", timeMomentum);
        }

        /** The code's defaults for {@code direction} (L4Adam or L4Mom). */
        public static Config defaults(Direction direction) {
            return new Config(direction, DEFAULT_FRACTION, DEFAULT_MINLOSS_FACTOR, DEFAULT_INIT_FACTOR,
                    DEFAULT_MINLOSS_FORGET_TIME, DEFAULT_EPSILON, DEFAULT_GUARD_INNER_PRODUCT,
                    DEFAULT_TIME_SCALE_GRAD, DEFAULT_TIME_SCALE_VAR, DEFAULT_ADAM_EPSILON, DEFAULT_TIME_MOMENTUM);
        }

        private static void requireUnit(String field, double value) {
            if (!(value >= 0.0 && value <= 1.0)) {
                throw new IllegalArgumentException(field + " must be in [0, 1], got " + value);
            }
        }

        private static void requireTimeScale(String field, double value) {
            if (!(Double.isFinite(value) && value >= 1.0)) {
                throw new IllegalArgumentException(field + " must be finite and >= 1, got " + value);
            }
        }

        @Override
        public String method() {
            return direction == Direction.ADAM ? ADAM_NAME : MOMENTUM_NAME;
        }

        @Override
        public Map<String, Object> params() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("fraction", fraction);
            m.put("minloss_factor", minlossFactor);
            m.put("init_factor", initFactor);
            m.put("minloss_forget_time", minlossForgetTime);
            m.put("epsilon", epsilon);
            m.put("guard-inner-product", guardInnerProduct);
            if (direction == Direction.ADAM) {
                m.put("time_scale_grad", timeScaleGrad);
                m.put("time_scale_var", timeScaleVar);
                m.put("adam_epsilon", adamEpsilon);
            } else {
                m.put("time_momentum", timeMomentum);
            }
            return m;
        }

        @Override
        public Optimizer create(int dimension) {
            return new L4(this, dimension);
        }
    }

    private static List<ParamSpec> commonParams() {
        return List.of(
                ParamSpec.real("fraction", Config.DEFAULT_FRACTION, "alpha: fraction of the 'optimal' step"),
                ParamSpec.real("minloss_factor", Config.DEFAULT_MINLOSS_FACTOR,
                        "gamma: the target loss is gamma L_min, in [0, 1]"),
                ParamSpec.real("init_factor", Config.DEFAULT_INIT_FACTOR, "gamma_0: L_min starts at gamma_0 L_0"),
                ParamSpec.real("minloss_forget_time", Config.DEFAULT_MINLOSS_FORGET_TIME,
                        "tau: L_min grows by the factor 1 + 1/tau per step"),
                ParamSpec.real("epsilon", Config.DEFAULT_EPSILON, "added to <v, g_hat> in the denominator"),
                ParamSpec.bool("guard-inner-product", Config.DEFAULT_GUARD_INNER_PRODUCT,
                        "no step when <v, g_hat> <= 0 (the code has no such guard)"));
    }

    public static MethodSpec adamSpec() {
        List<ParamSpec> params = new java.util.ArrayList<>(commonParams());
        params.add(ParamSpec.real("time_scale_grad", Config.DEFAULT_TIME_SCALE_GRAD,
                "Adam direction: time scale of the gradient EMA (beta1 = 1 - 1/T)"));
        params.add(ParamSpec.real("time_scale_var", Config.DEFAULT_TIME_SCALE_VAR,
                "Adam direction: time scale of the squared-gradient EMA (beta2 = 1 - 1/T)"));
        params.add(ParamSpec.real("adam_epsilon", Config.DEFAULT_ADAM_EPSILON,
                "Adam direction: added to sqrt(s_hat)"));
        return new MethodSpec(ADAM_NAME,
                "L4Adam: loss-based step eta = alpha (L - gamma L_min)/<v, g_hat> on Adam's direction"
                        + " (Rolinek & Martius 2018; martius-lab/l4-optimizer)",
                params, p -> config(Direction.ADAM, p));
    }

    public static MethodSpec momentumSpec() {
        List<ParamSpec> params = new java.util.ArrayList<>(commonParams());
        params.add(ParamSpec.real("time_momentum", Config.DEFAULT_TIME_MOMENTUM,
                "momentum direction: time scale of its EMA (beta = 1 - 1/T)"));
        return new MethodSpec(MOMENTUM_NAME,
                "L4Mom: loss-based step eta = alpha (L - gamma L_min)/<v, g_hat> on a momentum direction"
                        + " (Rolinek & Martius 2018; martius-lab/l4-optimizer)",
                params, p -> config(Direction.MOMENTUM, p));
    }

    private static Config config(Direction direction, Params p) {
        boolean adam = direction == Direction.ADAM;
        return new Config(direction, p.real("fraction"), p.real("minloss_factor"), p.real("init_factor"),
                p.real("minloss_forget_time"), p.real("epsilon"), p.bool("guard-inner-product"),
                adam ? p.real("time_scale_grad") : Config.DEFAULT_TIME_SCALE_GRAD,
                adam ? p.real("time_scale_var") : Config.DEFAULT_TIME_SCALE_VAR,
                adam ? p.real("adam_epsilon") : Config.DEFAULT_ADAM_EPSILON,
                adam ? Config.DEFAULT_TIME_MOMENTUM : p.real("time_momentum"));
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
        this.directionDecay = 1.0 - 1.0 / (adam ? config.timeScaleGrad() : config.timeMomentum());
        this.varianceDecay = 1.0 - 1.0 / config.timeScaleVar();
        this.gradientDecay = 1.0 - 1.0 / GRADIENT_TIME_MOMENTUM;
        this.minlossIncrease = 1.0 + 1.0 / config.minlossForgetTime();
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
        minLoss = t == 1 ? config.initFactor() * loss : Math.min(minLoss, loss);
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
                        / (Math.sqrt(directionVariance[i] / varianceCorrection) + config.adamEpsilon());
            } else {
                vi = directionMean[i] / directionCorrection;
            }
            v[i] = vi;
            gradientMean[i] = gradientDecay * gradientMean[i] + (1.0 - gradientDecay) * gi;
            inner += vi * (gradientMean[i] / gradientCorrection);
        }
        // 3. eta (L_min read before the increase of step 5)
        if (config.guardInnerProduct() && !(inner > 0.0)) {
            eta = 0.0;
        } else {
            eta = config.fraction() * (loss - config.minlossFactor() * minLoss) / (inner + config.epsilon());
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
