package org.stepplan.optim;

import java.util.OptionalDouble;
import org.stepplan.core.HyperParameters;
import org.stepplan.core.Labeled;
import org.stepplan.core.Oracle;
import org.stepplan.core.Param;
import org.stepplan.core.Vectors;

/**
 * SPS and SPS_max, the stochastic Polyak step size (Loizou, Vaswani, Laradji, Lacoste-Julien 2021; docs/methods.md §1b),
 * exactly as the authors' code runs it.
 *
 * <pre>
 * input: mode (smooth_iter | constant), c, gamma, eta_max (optional), f* (default 0), eps,
 *        init_step_size, n_batches_per_epoch, sticky_zero
 * state: prev_step_size (starts at init_step_size), step counter
 * loop:  step += 1
 *        loss = f_i(w), g = grad f_i(w)                (one gradient evaluation, on a fresh sample)
 *        gn   = sqrt(sum g^2)
 *        if gn &lt; 1e-8:
 *            step_size = 0                             (no parameter update)
 *        elif mode == constant:                        (SPS_max)
 *            step_size = (loss - f*) / (c gn^2 + eps)
 *            if loss &lt; f*:  step_size = 0
 *            else:          step_size = step_size if eta_max is None else min(eta_max, step_size)
 *            w = w - step_size g
 *        elif mode == smooth_iter:                     (default)
 *            step_size = loss / (c gn^2 + eps)          (f* is NOT subtracted: faithful to the code)
 *            coeff     = gamma^(1 / n_batches_per_epoch)
 *            step_size = min(coeff prev_step_size, step_size)
 *            w = w - step_size g
 *        prev_step_size = step_size                    (stored even when it is 0)
 * </pre>
 *
 * <p>Source: IssamLaradji/sps, {@code sps/sps.py} (class {@code Sps}, commit 108e2562), defaults from its
 * constructor: init_step_size 1, c 0.5, gamma 2, eta_max None, adapt_flag smooth_iter, f* 0 (fstar_flag None),
 * eps 1e-8, n_batches_per_epoch 500. The paper's experiments pass {@code eps=0} ({@code src/optimizers.py}) and use
 * c = 0.2 with smooth_iter for deep learning, c = 0.5 with constant and eta_max in {1, 5, 100} for the synthetic runs.
 * The code reads f* per minibatch from the data ({@code fstar_flag}); here it is one constant, used by constant mode
 * only. eta_max is used by constant mode only (smooth_iter ignores it, as the code does).
 *
 * <p>Faithful details:
 * <ul>
 *   <li>{@code gn^2} is the square of the computed norm {@code sqrt(sum g^2)}, as in the code.</li>
 *   <li>{@code min} is Python's {@code min(a, b)}: it returns {@code b} only when {@code b < a}, so a NaN candidate
 *       step (NaN loss) leaves the cap {@code a} in place instead of propagating NaN.</li>
 *   <li>The zero-step quirk: in smooth_iter mode, once 0 has been stored as prev_step_size (after a step with
 *       gn &lt; 1e-8, or a loss of exactly 0), {@code min(coeff * 0, .) = 0} for ever. With {@code sticky_zero=true}
 *       (default) this is copied exactly. With {@code sticky_zero=false} a step whose step size is exactly 0 does not
 *       replace the cap's reference: the next cap is {@code coeff} times the last non-zero step size. Negative losses
 *       (which SPS assumes away) are not guarded in either setting.</li>
 * </ul>
 *
 * <p>Seed vs original: the seed gives only the deterministic Polyak step and says "SPS extends it"; the constant
 * {@code c}, the cap, its smooth schedule and the zero-step rules come from the original.
 *
 * <p>Observable step size: the step size used in the last step (before the first: init_step_size). One gradient
 * evaluation per step.
 */
public final class Sps extends AbstractOptimizer {

    /** CLI name. */
    public static final String NAME = "sps";

    /** The code's {@code adapt_flag}. */
    public enum Mode implements Labeled {
        /** The smooth cap gamma^(1/n_b) * previous step size; f* is not used. The code's default. */
        SMOOTH_ITER("smooth_iter"),
        /** SPS_max: (loss - f*)/(c gn^2 + eps), capped by eta_max when given; 0 when loss &lt; f*. */
        CONSTANT("constant");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** The code's threshold below which the gradient norm gives a zero step. */
    public static final double GRAD_NORM_ZERO = 1e-8;

    /** The hyper-parameters, each declared once below. */
    public record Config(Mode mode, double c, double gamma, OptionalDouble eta_max, double fstar, double eps,
                         double init_step_size, int n_batches_per_epoch, boolean sticky_zero)
            implements DeclaredConfig<Config> {
        public static final Param<Mode> MODE = Param.choice("mode", Mode.class, Mode.SMOOTH_ITER,
                "adapt_flag: smooth_iter (cap gamma^(1/n_b) x previous step; f* unused) or constant (SPS_max)");
        public static final Param<Double> C = Param.real("c", 0.5, Param.positive(),
                "constant c in (loss - f*)/(c ||g||^2 + eps)");
        public static final Param<Double> GAMMA = Param.real("gamma", 2.0, Param.positive(),
                "smooth_iter: cap growth per epoch");
        public static final Param<OptionalDouble> ETA_MAX = Param.optional("eta_max", Param.positive(),
                "constant mode: upper bound on the step (default: none)");
        public static final Param<Double> FSTAR = Param.real("fstar", 0.0, Param.finite(),
                "constant mode: f*, the optimal value");
        public static final Param<Double> EPS = Param.real("eps", 1e-8, Param.nonNegative(),
                "added to the denominator (experiments: 0)");
        public static final Param<Double> INIT_STEP_SIZE = Param.real("init_step_size", 1.0, Param.positive(),
                "initial previous step size (smooth_iter cap)");
        public static final Param<Integer> N_BATCHES_PER_EPOCH = Param.integer("n_batches_per_epoch", 500,
                Param.atLeast(1), "smooth_iter: n_b in the cap coefficient gamma^(1/n_b)");
        public static final Param<Boolean> STICKY_ZERO = Param.bool("sticky_zero", true,
                "true: a stored zero step keeps the smooth cap at 0 for ever (as the code); false: guard");

        static final HyperParameters<Config> HYPER = HyperParameters.of(NAME, Config.class, MODE, C, GAMMA, ETA_MAX,
                FSTAR, EPS, INIT_STEP_SIZE, N_BATCHES_PER_EPOCH, STICKY_ZERO);

        public Config {
            MODE.check(mode);
            C.check(c);
            GAMMA.check(gamma);
            ETA_MAX.check(eta_max);
            FSTAR.check(fstar);
            EPS.check(eps);
            INIT_STEP_SIZE.check(init_step_size);
            N_BATCHES_PER_EPOCH.check(n_batches_per_epoch);
        }

        /** The code's defaults (smooth_iter mode). */
        public static Config defaults() {
            return HYPER.defaults();
        }

        @Override
        public HyperParameters<Config> hyperParameters() {
            return HYPER;
        }

        @Override
        public Optimizer create(int dimension) {
            return new Sps(this, dimension);
        }
    }

    /** The registry entry. */
    public static MethodSpec spec() {
        return MethodSpec.of("SPS / SPS_max stochastic Polyak step (Loizou et al. 2021; IssamLaradji/sps sps/sps.py)",
                Config.HYPER);
    }

    private final Config config;
    private final double coeff;
    private final double[] g;
    /** The code's {@code state['step_size']}: the step size of the last step (init_step_size before the first). */
    private double stepSize;
    /** The reference of the smooth cap: equal to {@link #stepSize} unless sticky_zero is off and a step was 0. */
    private double capReference;
    private long steps;

    private Sps(Config config, int dimension) {
        super(NAME, dimension);
        this.config = config;
        this.coeff = Math.pow(config.gamma(), 1.0 / config.n_batches_per_epoch());
        this.g = new double[dimension];
        this.stepSize = config.init_step_size();
        this.capReference = config.init_step_size();
    }

    @Override
    public void step(double[] w, Oracle oracle) {
        checkLength(w);
        steps++;
        double loss = oracle.gradient(w, g);
        double gn = Math.sqrt(Vectors.dot(g, g));
        double s;
        if (gn < GRAD_NORM_ZERO) {
            s = 0.0;
        } else {
            double denominator = config.c() * (gn * gn) + config.eps();
            if (config.mode() == Mode.CONSTANT) {
                s = (loss - config.fstar()) / denominator;
                if (loss < config.fstar()) {
                    s = 0.0;
                } else if (config.eta_max().isPresent()) {
                    s = pythonMin(config.eta_max().getAsDouble(), s);
                }
            } else {
                s = loss / denominator;
                s = pythonMin(coeff * capReference, s);
            }
            for (int i = 0; i < dimension; i++) {
                w[i] = w[i] - s * g[i];
            }
        }
        stepSize = s;
        if (config.sticky_zero() || s != 0.0) {
            capReference = s;
        }
    }

    /** Python's {@code min(a, b)}: {@code b} if {@code b < a}, else {@code a} (so a NaN {@code b} gives {@code a}). */
    private static double pythonMin(double a, double b) {
        return b < a ? b : a;
    }

    @Override
    public int stepSizeCount() {
        return 1;
    }

    @Override
    protected double stepSizeAt(int i) {
        return stepSize;
    }

    @Override
    public OptimizerState snapshot() {
        return OptimizerState.builder(NAME, 1).scalar("step_size", stepSize).scalar("cap_reference", capReference)
                .scalar("step", steps).build();
    }

    @Override
    public void restore(OptimizerState state) {
        state.requireCompatible(NAME, 1);
        stepSize = state.scalar("step_size");
        capReference = state.scalar("cap_reference");
        steps = (long) state.scalar("step");
    }
}
