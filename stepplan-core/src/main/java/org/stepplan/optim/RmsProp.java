package org.stepplan.optim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stepplan.core.Oracle;
import org.stepplan.core.ParamSpec;
import org.stepplan.core.Vectors;

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

    /**
     * @param lr          the learning rate, &gt;= 0
     * @param alpha       the smoothing constant of v, in [0, 1)
     * @param eps         added to sqrt(v), &gt;= 0
     * @param weightDecay lambda, &gt;= 0 (L2 penalty added to the gradient)
     * @param momentum    mu, &gt;= 0
     * @param centered    normalise by the estimated standard deviation sqrt(v - gbar^2)
     */
    public record Config(double lr, double alpha, double eps, double weightDecay, double momentum, boolean centered)
            implements OptimizerConfig {
        public static final double DEFAULT_LR = 1e-2;
        public static final double DEFAULT_ALPHA = 0.99;
        public static final double DEFAULT_EPS = 1e-8;
        public static final double DEFAULT_WEIGHT_DECAY = 0.0;
        public static final double DEFAULT_MOMENTUM = 0.0;

        public Config {
            Vectors.requireNonNegative("lr", lr);
            Vectors.requireInRange("alpha", alpha, 0.0, 1.0);
            Vectors.requireNonNegative("eps", eps);
            Vectors.requireNonNegative("weight_decay", weightDecay);
            Vectors.requireNonNegative("momentum", momentum);
        }

        @Override
        public String method() {
            return NAME;
        }

        @Override
        public Map<String, Object> params() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("lr", lr);
            m.put("alpha", alpha);
            m.put("eps", eps);
            m.put("weight_decay", weightDecay);
            m.put("momentum", momentum);
            m.put("centered", centered);
            return m;
        }

        @Override
        public Optimizer create(int dimension) {
            return new RmsProp(this, dimension);
        }
    }

    public static MethodSpec spec() {
        return new MethodSpec(NAME, "RMSprop (Hinton), PyTorch torch.optim.RMSprop semantics",
                List.of(ParamSpec.real("lr", Config.DEFAULT_LR, "learning rate"),
                        ParamSpec.real("alpha", Config.DEFAULT_ALPHA, "smoothing constant of v, in [0, 1)"),
                        ParamSpec.real("eps", Config.DEFAULT_EPS, "added to sqrt(v), outside the root"),
                        ParamSpec.real("weight_decay", Config.DEFAULT_WEIGHT_DECAY, "L2 penalty added to the gradient"),
                        ParamSpec.real("momentum", Config.DEFAULT_MOMENTUM, "momentum factor of the normalised step"),
                        ParamSpec.bool("centered", false, "normalise by sqrt(v - gbar^2)")),
                p -> new Config(p.real("lr"), p.real("alpha"), p.real("eps"), p.real("weight_decay"),
                        p.real("momentum"), p.bool("centered")));
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
        double lambda = config.weightDecay();
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
