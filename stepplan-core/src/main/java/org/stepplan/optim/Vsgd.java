package org.stepplan.optim;

import java.util.Arrays;
import java.util.Set;
import org.stepplan.core.Capability;
import org.stepplan.core.HyperParameters;
import org.stepplan.core.Oracle;
import org.stepplan.core.Param;

/**
 * vSGD, SGD with variance-adapted per-component learning rates (Schaul, Zhang, LeCun 2013, "No more pesky learning
 * rates"), in the author's code's {@code vSGD_original} form (no outlier detection), batch size 1, with the true
 * diagonal of the Hessian in place of the bbprop estimate; docs/methods.md §9. Needs the Hessian diagonal.
 *
 * <pre>
 * input: init_samples S &gt;= 0, slow_constant C &gt; 0, epsilon &gt; 0
 * state: gbar, vbar, hbar, vpart, tau (per component)
 * initialisation (inside the first step, at w_0, before its own sample):
 *     S &gt; 0:  draw S samples: g_s = grad f(w_0; s) and h_s = |diag H(w_0; s)|  (S gradient + S Hessian evaluations)
 *             gbar = mean_s g_s;  vbar = (mean_s g_s^2 + epsilon) * C;  hbar = mean_s h_s
 *     S = 0:  gbar = 0;  vbar = epsilon;  hbar = 1
 *     vpart = gbar^2 / vbar;  tau = (1 + epsilon) * 2
 * loop (one sample per iteration: 1 gradient + 1 Hessian evaluation, both at w on that sample):
 *     g = grad f(w);  h = |diag H(w)|
 *     for each i:
 *         fract = 1 / tau
 *         gbar  = gbar * (1 - fract) + fract * g
 *         vbar  = vbar * (1 - fract) + (fract * g^2 + epsilon)
 *         hbar  = hbar * (1 - fract) + fract * h
 *         vpart = gbar^2 / vbar
 *         tau   = tau * (1 - vpart) + (1 + epsilon)
 *         eta   = vpart / (hbar + epsilon)                         (= gbar^2 / (vbar (hbar + epsilon)))
 *         w     = w - eta * g
 * </pre>
 * The exposed step sizes are eta per component (0 before the first step). The first step costs S + 1 gradient
 * evaluations and S + 1 Hessian evaluations, every later step 1 of each.
 *
 * <p>Source: [CODE] {@code schaul/py-optim}, file {@code PyOptim/algorithms/vsgd.py}, classes {@code vSGD} and
 * {@code vSGD_original} ({@code outlier_level = None}), with {@code PyOptim/core/gradientalgos.py}: {@code oneStep}
 * runs {@code _collectGradients} (gradient, then {@code abs(currentDiagHess)} on the same samples),
 * {@code _computeStatistics}, then {@code _updateParameters} ({@code parameters -= learning_rate * g}, from
 * {@code sgd.py}); the initialisation is {@code _additionalInit}. Parenthesised sums above follow the code's in-place
 * updates ({@code vbar += fract * g**2 + epsilon}; {@code taus += 1 + epsilon}). Means over the S initial samples are
 * accumulated in sample order, then divided by S. Defaults as the code: S = 10, C = 2, epsilon = 1e-9.
 *
 * <p>Differences from docs/methods.md §9, both following the code: the Hessian diagonal is taken in absolute value (the
 * code's {@code BbpropHessians} applies {@code abs}); the learning rate divides by {@code hbar + epsilon}. The code's
 * {@code slow_constant = None} option ({@code max(1, d/10)}), its minibatch formula for {@code vpart} and the outlier
 * detection of the newer {@code vSGD} are not offered. The seed paper mentions only that vSGD's step is
 * {@code gbar^2 / (hbar vbar)}.
 */
public final class Vsgd extends AbstractOptimizer {

    /** CLI name. */
    public static final String NAME = "vsgd";

    /** The hyper-parameters, each declared once below. */
    public record Config(int init_samples, double slow_constant, double epsilon) implements DeclaredConfig<Config> {
        public static final Param<Integer> INIT_SAMPLES = Param.integer("init_samples", 10, Param.atLeast(0),
                "extra samples at w_0 that initialise the statistics (counted)");
        public static final Param<Double> SLOW_CONSTANT = Param.real("slow_constant", 2.0, Param.positive(),
                "C: vbar starts at C times the mean squared gradient (slow start)");
        public static final Param<Double> EPSILON = Param.real("epsilon", 1e-9, Param.positive(),
                "numerical-stability constant");

        static final HyperParameters<Config> HYPER = HyperParameters.of(NAME, Config.class, INIT_SAMPLES, SLOW_CONSTANT,
                EPSILON);

        public Config {
            INIT_SAMPLES.check(init_samples);
            SLOW_CONSTANT.check(slow_constant);
            EPSILON.check(epsilon);
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
        public Set<Capability> requires() {
            return Set.of(Capability.DIAGONAL_HESSIAN);
        }

        @Override
        public Optimizer create(int dimension) {
            return new Vsgd(this, dimension);
        }
    }

    /** The registry entry. */
    public static MethodSpec spec() {
        return MethodSpec.of("vSGD (Schaul et al. 2013, vSGD_original, batch 1): per-component rates "
                + "gbar^2/(vbar hbar); needs the diagonal of the Hessian", Config.HYPER);
    }

    private final int initSamples;
    private final double slowConstant;
    private final double epsilon;
    private final double[] gbar;
    private final double[] vbar;
    private final double[] hbar;
    private final double[] vpart;
    private final double[] tau;
    private final double[] g;
    private final double[] hess;
    private boolean initialised;

    private Vsgd(Config config, int dimension) {
        super(NAME, dimension);
        this.initSamples = config.init_samples();
        this.slowConstant = config.slow_constant();
        this.epsilon = config.epsilon();
        this.gbar = new double[dimension];
        this.vbar = new double[dimension];
        this.hbar = new double[dimension];
        this.vpart = new double[dimension];
        this.tau = new double[dimension];
        this.g = new double[dimension];
        this.hess = new double[dimension];
    }

    @Override
    public void step(double[] w, Oracle oracle) {
        checkLength(w);
        if (!oracle.hasDiagonalHessian()) {
            throw new IllegalArgumentException("method '" + NAME + "' needs "
                    + Capability.DIAGONAL_HESSIAN.description() + ", which this oracle's objective does not provide");
        }
        if (!initialised) {
            initialise(w, oracle);
        }
        oracle.gradient(w, g);
        oracle.diagonalHessian(w, hess);
        for (int i = 0; i < dimension; i++) {
            double fract = 1.0 / tau[i];
            gbar[i] = gbar[i] * (1.0 - fract) + fract * g[i];
            vbar[i] = vbar[i] * (1.0 - fract) + (fract * (g[i] * g[i]) + epsilon);
            hbar[i] = hbar[i] * (1.0 - fract) + fract * Math.abs(hess[i]);
            vpart[i] = gbar[i] * gbar[i] / vbar[i];
            tau[i] = tau[i] * (1.0 - vpart[i]) + (1.0 + epsilon);
            w[i] = w[i] - vpart[i] / (hbar[i] + epsilon) * g[i];
        }
    }

    private void initialise(double[] w, Oracle oracle) {
        if (initSamples > 0) {
            Arrays.fill(gbar, 0.0); // the three statistics accumulate the sample sums first
            Arrays.fill(vbar, 0.0);
            Arrays.fill(hbar, 0.0);
            for (int s = 0; s < initSamples; s++) {
                oracle.gradient(w, g);
                oracle.diagonalHessian(w, hess);
                for (int i = 0; i < dimension; i++) {
                    gbar[i] += g[i];
                    vbar[i] += g[i] * g[i];
                    hbar[i] += Math.abs(hess[i]);
                }
            }
            for (int i = 0; i < dimension; i++) {
                gbar[i] = gbar[i] / initSamples;
                vbar[i] = (vbar[i] / initSamples + epsilon) * slowConstant;
                hbar[i] = hbar[i] / initSamples;
            }
        } else {
            Arrays.fill(gbar, 0.0);
            Arrays.fill(vbar, epsilon);
            Arrays.fill(hbar, 1.0);
        }
        for (int i = 0; i < dimension; i++) {
            vpart[i] = gbar[i] * gbar[i] / vbar[i];
            tau[i] = (1.0 + epsilon) * 2.0;
        }
        initialised = true;
    }

    @Override
    public int stepSizeCount() {
        return dimension;
    }

    /** eta_i = vpart_i / (hbar_i + epsilon) as of the last step; 0 before the first. */
    @Override
    protected double stepSizeAt(int i) {
        return initialised ? vpart[i] / (hbar[i] + epsilon) : 0.0;
    }

    @Override
    public OptimizerState snapshot() {
        return OptimizerState.builder(NAME, 1).array("gbar", gbar).array("vbar", vbar).array("hbar", hbar)
                .array("vpart", vpart).array("tau", tau).scalar("initialised", initialised ? 1 : 0).build();
    }

    @Override
    public void restore(OptimizerState state) {
        state.requireCompatible(NAME, 1);
        state.copyArray("gbar", gbar);
        state.copyArray("vbar", vbar);
        state.copyArray("hbar", hbar);
        state.copyArray("vpart", vpart);
        state.copyArray("tau", tau);
        initialised = state.scalar("initialised") != 0;
    }
}
