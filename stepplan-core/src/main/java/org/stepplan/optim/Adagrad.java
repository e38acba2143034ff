package org.stepplan.optim;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stepplan.core.Oracle;
import org.stepplan.core.ParamSpec;
import org.stepplan.core.Vectors;

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

    /**
     * @param lr                      the learning rate, &gt;= 0
     * @param lrDecay                 the learning-rate decay, &gt;= 0
     * @param weightDecay             lambda, &gt;= 0 (L2 penalty added to the gradient)
     * @param initialAccumulatorValue the initial value of every S_i, &gt;= 0
     * @param eps                     added to sqrt(S), &gt;= 0
     */
    public record Config(double lr, double lrDecay, double weightDecay, double initialAccumulatorValue, double eps)
            implements OptimizerConfig {
        public static final double DEFAULT_LR = 1e-2;
        public static final double DEFAULT_LR_DECAY = 0.0;
        public static final double DEFAULT_WEIGHT_DECAY = 0.0;
        public static final double DEFAULT_INITIAL_ACCUMULATOR_VALUE = 0.0;
        public static final double DEFAULT_EPS = 1e-10;

        public Config {
            Vectors.requireNonNegative("lr", lr);
            Vectors.requireNonNegative("lr_decay", lrDecay);
            Vectors.requireNonNegative("weight_decay", weightDecay);
            Vectors.requireNonNegative("initial_accumulator_value", initialAccumulatorValue);
            Vectors.requireNonNegative("eps", eps);
        }

        @Override
        public String method() {
            return NAME;
        }

        @Override
        public Map<String, Object> params() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("lr", lr);
            m.put("lr_decay", lrDecay);
            m.put("weight_decay", weightDecay);
            m.put("initial_accumulator_value", initialAccumulatorValue);
            m.put("eps", eps);
            return m;
        }

        @Override
        public Optimizer create(int dimension) {
            return new Adagrad(this, dimension);
        }
    }

    public static MethodSpec spec() {
        return new MethodSpec(NAME, "Adagrad (Duchi et al. 2011), PyTorch torch.optim.Adagrad semantics",
                List.of(ParamSpec.real("lr", Config.DEFAULT_LR, "learning rate"),
                        ParamSpec.real("lr_decay", Config.DEFAULT_LR_DECAY, "clr = lr / (1 + (t-1) lr_decay)"),
                        ParamSpec.real("weight_decay", Config.DEFAULT_WEIGHT_DECAY, "L2 penalty added to the gradient"),
                        ParamSpec.real("initial_accumulator_value", Config.DEFAULT_INITIAL_ACCUMULATOR_VALUE,
                                "initial value of the sum of squared gradients"),
                        ParamSpec.real("eps", Config.DEFAULT_EPS, "added to sqrt(S)")),
                p -> new Config(p.real("lr"), p.real("lr_decay"), p.real("weight_decay"),
                        p.real("initial_accumulator_value"), p.real("eps")));
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
        Arrays.fill(sum, config.initialAccumulatorValue());
    }

    @Override
    public void step(double[] w, Oracle oracle) {
        checkLength(w);
        double lambda = config.weightDecay();
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
        return config.lr() / (1.0 + (t - 1) * config.lrDecay());
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
