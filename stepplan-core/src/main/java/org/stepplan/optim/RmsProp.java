package org.stepplan.optim;

import org.stepplan.core.HyperParameters;
import org.stepplan.core.Oracle;
import org.stepplan.core.Param;

/**
 * RMSprop (Hinton, Srivastava &amp; Swersky, lecture 6) with PyTorch {@code torch.optim.RMSprop} semantics (docs/methods.md
 * §4), on one flat parameter vector.
 *
 * <pre>
 * input: lr, alpha, eps, weight_decay lambda, momentum mu, centered
 * state: v = 0, gbar = 0 (centered only), b = 0 (momentum only), the step count t
 * loop:  t = t + 1
 *        g = grad f(theta)
 *        if lambda != 0: g = g + lambda theta
 *        v = alpha v + (1 - alpha) g g
 *        if centered: gbar = gbar + (1 - alpha)(g - gbar);  avg = sqrt(v - gbar gbar) + eps
 *        else:        avg = sqrt(v) + eps
 *        if mu &gt; 0:  b = mu b + g / avg;  theta = theta - lr b
 *        else:        theta = theta - lr (g / avg)
 * </pre>
 * Source: {@code pytorch/pytorch} {@code torch/optim/rmsprop.py}, {@code _single_tensor_rmsprop}. Defaults as there:
 * lr 1e-2, alpha 0.99, eps 1e-8, weight_decay 0, momentum 0, centered false. No bias correction; eps is added outside
 * the square root (TensorFlow puts it inside). PyTorch writes the centered average as
 * {@code grad_avg.lerp_(grad, 1 - alpha)}; this class computes the spec's algebraically identical
 * {@code gbar + (1 - alpha)(g - gbar)}. As in PyTorch, a centered {@code v - gbar^2} that rounds below zero gives NaN
 * (the run loop then reports divergence). Not offered: {@code maximize}, {@code foreach}, {@code capturable},
 * {@code differentiable}. Validation is PyTorch's, except that alpha must be in [0, 1) (PyTorch accepts any alpha
 * &gt;= 0; alpha = 1 never updates v, alpha &gt; 1 makes v negative).
 *
 * <p>Seed vs original: the seed describes RMSprop only as "normalize by sqrt(v)" and calls the smoothing constant beta
 * (its Rosenbrock grid beta in {0.8, 0.9, 0.99}); PyTorch's name, alpha, is used here.
 *
 * <p>Step sizes (d of them): the per-component factor of the last update, {@code lr / avg_i} (with momentum: the
 * factor applied to g in the buffer's increment, scaled by lr), computed on demand from the state. Before the first
 * step: lr.
 */
public final class RmsProp extends AbstractOptimizer {

    /** CLI name. */
    public static final String NAME = "rmsprop";

    /** The hyper-parameters, each declared once below. */
    public record Config(double lr, double alpha, double eps, double weight_decay, double momentum,
                         boolean centered) implements DeclaredConfig<Config> {
        public static final Param<Double> LR = Param.real("lr", 1e-2, Param.nonNegative(), "learning rate");
        public static final Param<Double> ALPHA = Param.real("alpha", 0.99, Param.inRange(0.0, 1.0),
                "smoothing constant of v, in [0, 1)");
        public static final Param<Double> EPS = Param.real("eps", 1e-8, Param.nonNegative(),
                "added to sqrt(v), outside the root");
        public static final Param<Double> WEIGHT_DECAY = Param.real("weight_decay", 0.0, Param.nonNegative(),
                "L2 penalty added to the gradient");
        public static final Param<Double> MOMENTUM = Param.real("momentum", 0.0, Param.nonNegative(),
                "momentum factor of the normalised step");
        public static final Param<Boolean> CENTERED = Param.bool("centered", false, "normalise by sqrt(v - gbar^2)");

        static final HyperParameters<Config> HYPER = HyperParameters.of(NAME, Config.class, LR, ALPHA, EPS,
                WEIGHT_DECAY, MOMENTUM, CENTERED);

        public Config {
            LR.check(lr);
            ALPHA.check(alpha);
            EPS.check(eps);
            WEIGHT_DECAY.check(weight_decay);
            MOMENTUM.check(momentum);
            CENTERED.check(centered);
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
            return new RmsProp(this, dimension);
        }
    }

    /** The registry entry. */
    public static MethodSpec spec() {
        return MethodSpec.of("RMSprop (Hinton), PyTorch torch.optim.RMSprop semantics", Config.HYPER);
    }

    private final Config config;
    private final double[] g;
    private final double[] v;
    private final double[] gAverage;
    private final double[] buffer;
    private long t;

    private RmsProp(Config config, int dimension) {
        super(NAME, dimension);
        this.config = config;
        this.g = new double[dimension];
        this.v = new double[dimension];
        this.gAverage = new double[dimension];
        this.buffer = new double[dimension];
    }

    @Override
    public void step(double[] w, Oracle oracle) {
        checkLength(w);
        double lr = config.lr();
        double alpha = config.alpha();
        double lambda = config.weight_decay();
        double mu = config.momentum();
        boolean centered = config.centered();
        t++;
        oracle.gradient(w, g);
        for (int i = 0; i < dimension; i++) {
            double gi = g[i];
            if (lambda != 0.0) {
                gi = gi + lambda * w[i];
            }
            v[i] = alpha * v[i] + (1.0 - alpha) * gi * gi;
            if (centered) {
                gAverage[i] = gAverage[i] + (1.0 - alpha) * (gi - gAverage[i]);
            }
            double avg = average(i);
            if (mu > 0.0) {
                buffer[i] = mu * buffer[i] + gi / avg;
                w[i] = w[i] - lr * buffer[i];
            } else {
                w[i] = w[i] - lr * (gi / avg);
            }
        }
    }

    /** {@code sqrt(v_i) + eps}, or {@code sqrt(v_i - gbar_i^2) + eps} when centered. */
    private double average(int i) {
        double second = config.centered() ? v[i] - gAverage[i] * gAverage[i] : v[i];
        return Math.sqrt(second) + config.eps();
    }

    @Override
    public int stepSizeCount() {
        return dimension;
    }

    /** {@code lr / avg_i} of the last update; lr before the first step. */
    @Override
    protected double stepSizeAt(int i) {
        return t == 0 ? config.lr() : config.lr() / average(i);
    }

    @Override
    public OptimizerState snapshot() {
        return OptimizerState.builder(NAME, 1).array("square_avg", v).array("grad_avg", gAverage)
                .array("momentum_buffer", buffer).scalar("step", t).build();
    }

    @Override
    public void restore(OptimizerState state) {
        state.requireCompatible(NAME, 1);
        state.copyArray("square_avg", v);
        state.copyArray("grad_avg", gAverage);
        state.copyArray("momentum_buffer", buffer);
        t = (long) state.scalar("step");
    }
}
