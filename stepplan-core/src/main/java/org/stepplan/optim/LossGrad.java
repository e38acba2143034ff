package org.stepplan.optim;

import org.stepplan.core.HyperParameters;
import org.stepplan.core.Oracle;
import org.stepplan.core.Param;
import org.stepplan.core.Vectors;

/**
 * LossGrad (Wójcik, Maziarka, Tabor 2019; docs/methods.md §3): SGD whose scalar step size h is adapted by comparing the
 * loss after the step with its linear prediction.
 *
 * <pre>
 * input: initial h = lr &gt; 0, c &gt;= 1
 * state: h
 * loop:  L = f(w), g = grad f(w)              (one gradient evaluation; on a stochastic objective a fresh sample)
 *        G      = ||g||^2
 *        lred   = G h
 *        approx = L - lred                     (linear prediction of f(w - h g))
 *        w      = w - h g                      (the SGD step is ALWAYS taken, never rejected)
 *        actual = f(w)                         (one function evaluation, on the SAME sample)
 *        r      = (actual - approx) / (lred + 1e-25)
 *        h      = h * (1/c)  if r &gt; 0.5
 *        h      = h * c      otherwise         (the new h is used from the next step)
 * </pre>
 *
 * <p>Source: bartwojcik/lossgrad, {@code lossgrad.py} (commit 5b039d81), class {@code LossgradOptimizer} wrapping
 * {@code torch.optim.SGD}; default c = 1.05, {@code DENOMINATOR_EPS = 1e-25}; the initial h is the wrapped SGD's lr,
 * 1e-4 in {@code mnist_example.py}, which is the default here. The decrease multiplies by {@code 1/c} as the code does
 * ({@code modify_lr(optimizer, 1 / c)}), which may differ from {@code h / c} in the last bit.
 *
 * <p>Counting: the original reports "one gradient and two function evaluations per step" because its training loop
 * computes the loss at w in its own forward pass before calling the optimizer. In stepplan the loss at w comes with the
 * gradient evaluation, so a step costs exactly <b>1 gradient evaluation + 1 function evaluation</b> (the trial loss
 * {@code actual}, through {@link Oracle#value}).
 *
 * <p>Edge cases, as the code: G = 0 gives lred = 0 and r = (actual - L)/1e-25, so h grows unless the loss rose; a NaN
 * trial loss makes {@code r > 0.5} false, so h grows (no guard).
 *
 * <p>Seed vs original: the seed's threshold e_k/(alpha_k ||f'||^2) = 1/2 is the code's {@code r > 0.5}; the seed says
 * the factor "requires tuning" (code default 1.05) and does not say that the step is always kept or that the new h
 * applies only from the next step.
 *
 * <p>Observable step size: h as it stands after the step, i.e. the step size the <em>next</em> step will use (before
 * the first step: lr).
 */
public final class LossGrad extends AbstractOptimizer {

    /** CLI name. */
    public static final String NAME = "lossgrad";

    /** The code's {@code DENOMINATOR_EPS}. */
    public static final double DENOMINATOR_EPS = 1e-25;

    /** The hyper-parameters, each declared once below. */
    public record Config(double lr, double c) implements DeclaredConfig<Config> {
        public static final Param<Double> LR = Param.real("lr", 1e-4, Param.positive(), "initial step size h");
        public static final Param<Double> C = Param.real("c", 1.05, Param.finiteAtLeast(1.0),
                "adaptation factor (h*c or h/c per step), >= 1");

        static final HyperParameters<Config> HYPER = HyperParameters.of(NAME, Config.class, LR, C);

        public Config {
            LR.check(lr);
            C.check(c);
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
            return new LossGrad(this, dimension);
        }
    }

    /** The registry entry. */
    public static MethodSpec spec() {
        return MethodSpec.of("LossGrad: SGD with h scaled by c or 1/c from the trial loss (Wojcik et al. 2019; bartwojcik/lossgrad)",
                Config.HYPER);
    }

    private final double increase;
    private final double decrease;
    private final double[] g;
    private double h;

    private LossGrad(Config config, int dimension) {
        super(NAME, dimension);
        this.increase = config.c();
        this.decrease = 1.0 / config.c();
        this.g = new double[dimension];
        this.h = config.lr();
    }

    @Override
    public void step(double[] w, Oracle oracle) {
        checkLength(w);
        double loss = oracle.gradient(w, g);
        double gradNormSquared = Vectors.dot(g, g);
        double lred = gradNormSquared * h;
        double approx = loss - lred;
        for (int i = 0; i < dimension; i++) {
            w[i] = w[i] - h * g[i];
        }
        double actual = oracle.value(w);
        double relErr = (actual - approx) / (lred + DENOMINATOR_EPS);
        h = h * (relErr > 0.5 ? decrease : increase);
    }

    @Override
    public int stepSizeCount() {
        return 1;
    }

    @Override
    protected double stepSizeAt(int i) {
        return h;
    }

    @Override
    public OptimizerState snapshot() {
        return OptimizerState.builder(NAME, 1).scalar("h", h).build();
    }

    @Override
    public void restore(OptimizerState state) {
        state.requireCompatible(NAME, 1);
        h = state.scalar("h");
    }
}
