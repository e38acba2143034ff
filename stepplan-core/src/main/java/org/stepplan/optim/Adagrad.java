package org.stepplan.optim;

import java.util.Arrays;
import org.stepplan.core.HyperParameters;
import org.stepplan.core.Oracle;
import org.stepplan.core.Param;

/**
 * Adagrad (Duchi, Hazan &amp; Singer 2011) with PyTorch {@code torch.optim.Adagrad} semantics (docs/methods.md §4), on one flat
 * parameter vector.
 *
 * <pre>
 * input: lr, lr_decay, weight_decay lambda, initial_accumulator_value S0, eps
 * state: t = 0, S = S0 (every component)
 * loop:  t = t + 1
 *        g = grad f(theta)
 *        if lambda != 0: g = g + lambda theta
 *        clr = lr / (1 + (t - 1) lr_decay)
 *        S = S + g g
 *        theta = theta - clr (g / (sqrt(S) + eps))
 * </pre>
 * Source: {@code pytorch/pytorch} {@code torch/optim/adagrad.py}, {@code _single_tensor_adagrad} (docs/methods.md §4, from
 * the docs and copies of that function). Defaults as there: lr 1e-2, lr_decay 0, weight_decay 0,
 * initial_accumulator_value 0, eps 1e-10. S starts at initial_accumulator_value (the docs' algorithm block says 0).
 * Not offered: {@code maximize}, {@code foreach}, {@code fused}, {@code differentiable}.
 *
 * <p>Seed vs original: the seed's conclusion calls Adagrad "similar to RMSProp but with beta2 = 1"; Adagrad sums the
 * squared gradients without decay, while an average with beta2 = 1 would never move.
 *
 * <p>Step sizes (d of them): the per-component step of the last update, {@code clr / (sqrt(S_i) + eps)}, computed on
 * demand from the state. Before the first step: lr.
 */
public final class Adagrad extends AbstractOptimizer {

    /** CLI name. */
    public static final String NAME = "adagrad";

    /** The hyper-parameters, each declared once below. */
    public record Config(double lr, double lr_decay, double weight_decay, double initial_accumulator_value,
                         double eps) implements DeclaredConfig<Config> {
        public static final Param<Double> LR = Param.real("lr", 1e-2, Param.nonNegative(), "learning rate");
        public static final Param<Double> LR_DECAY = Param.real("lr_decay", 0.0, Param.nonNegative(),
                "clr = lr / (1 + (t-1) lr_decay)");
        public static final Param<Double> WEIGHT_DECAY = Param.real("weight_decay", 0.0, Param.nonNegative(),
                "L2 penalty added to the gradient");
        public static final Param<Double> INITIAL_ACCUMULATOR_VALUE = Param.real("initial_accumulator_value", 0.0,
                Param.nonNegative(),
                "initial value of the sum of squared gradients");
        public static final Param<Double> EPS = Param.real("eps", 1e-10, Param.nonNegative(), "added to sqrt(S)");

        static final HyperParameters<Config> HYPER = HyperParameters.of(NAME, Config.class, LR, LR_DECAY, WEIGHT_DECAY,
                INITIAL_ACCUMULATOR_VALUE, EPS);

        public Config {
            LR.check(lr);
            LR_DECAY.check(lr_decay);
            WEIGHT_DECAY.check(weight_decay);
            INITIAL_ACCUMULATOR_VALUE.check(initial_accumulator_value);
            EPS.check(eps);
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
            return new Adagrad(this, dimension);
        }
    }

    /** The registry entry. */
    public static MethodSpec spec() {
        return MethodSpec.of("Adagrad (Duchi et al. 2011), PyTorch torch.optim.Adagrad semantics", Config.HYPER);
    }

    private final Config config;
    private final double[] g;
    private final double[] sum;
    private long t;

    private Adagrad(Config config, int dimension) {
        super(NAME, dimension);
        this.config = config;
        this.g = new double[dimension];
        this.sum = new double[dimension];
        Arrays.fill(sum, config.initial_accumulator_value());
    }

    @Override
    public void step(double[] w, Oracle oracle) {
        checkLength(w);
        double lambda = config.weight_decay();
        double eps = config.eps();
        t++;
        oracle.gradient(w, g);
        double clr = currentLr();
        for (int i = 0; i < dimension; i++) {
            double gi = g[i];
            if (lambda != 0.0) {
                gi = gi + lambda * w[i];
            }
            sum[i] = sum[i] + gi * gi;
            double std = Math.sqrt(sum[i]) + eps;
            w[i] = w[i] - clr * (gi / std);
        }
    }

    /** {@code lr / (1 + (t - 1) lr_decay)} for the current t. */
    private double currentLr() {
        return config.lr() / (1.0 + (t - 1) * config.lr_decay());
    }

    @Override
    public int stepSizeCount() {
        return dimension;
    }

    /** {@code clr / (sqrt(S_i) + eps)} of the last update; lr before the first step. */
    @Override
    protected double stepSizeAt(int i) {
        return t == 0 ? config.lr() : currentLr() / (Math.sqrt(sum[i]) + config.eps());
    }

    @Override
    public OptimizerState snapshot() {
        return OptimizerState.builder(NAME, 1).array("sum", sum).scalar("step", t).build();
    }

    @Override
    public void restore(OptimizerState state) {
        state.requireCompatible(NAME, 1);
        state.copyArray("sum", sum);
        t = (long) state.scalar("step");
    }
}
