package org.stepplan.optim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.stepplan.core.Labeled;
import org.stepplan.core.Oracle;
import org.stepplan.core.ParamSpec;
import org.stepplan.core.Params;
import org.stepplan.core.Vectors;

/**
 * SPS and SPS_max, the stochastic Polyak step size (Loizou, Vaswani, Laradji, Lacoste-Julien 2021; docs/methods.md §1b),
 * exactly as the authors' code runs it.
 *
 * <pre>
 * input: mode (smooth_iter | constant), c, gamma, eta_max (optional), f* (default 0), eps,
 *        init_step_size, n_batches_per_epoch, sticky-zero
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
 *       gn &lt; 1e-8, or a loss of exactly 0), {@code min(coeff * 0, .) = 0} for ever. With {@code sticky-zero=true}
 *       (default) this is copied exactly. With {@code sticky-zero=false} a step whose step size is exactly 0 does not
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

        static Mode ofLabel(String label) {
            return Labeled.of(Mode.class, "mode", label);
        }
    }

    /** The code's threshold below which the gradient norm gives a zero step. */
    public static final double GRAD_NORM_ZERO = 1e-8;

    /**
     * @param mode             smooth_iter or constant
     * @param c                the constant c &gt; 0 in the denominator c gn^2 + eps
     * @param gamma            the smooth cap's growth per epoch, &gt; 0
     * @param etaMax           the cap of constant mode; empty for none
     * @param fstar            f*, subtracted from the loss in constant mode
     * @param eps              added to the denominator, &gt;= 0
     * @param initStepSize     the initial prev_step_size, &gt; 0
     * @param nBatchesPerEpoch n_b in the smooth cap's coefficient gamma^(1/n_b), &gt;= 1
     * @param stickyZero       true: copy the code's zero-step quirk; false: guard against it
     */
    public record Config(Mode mode, double c, double gamma, OptionalDouble etaMax, double fstar, double eps,
                         double initStepSize, int nBatchesPerEpoch, boolean stickyZero) implements OptimizerConfig {
        public static final double DEFAULT_C = 0.5;
        public static final double DEFAULT_GAMMA = 2.0;
        public static final double DEFAULT_FSTAR = 0.0;
        public static final double DEFAULT_EPS = 1e-8;
        public static final double DEFAULT_INIT_STEP_SIZE = 1.0;
        public static final int DEFAULT_N_BATCHES_PER_EPOCH = 500;
        public static final boolean DEFAULT_STICKY_ZERO = true;

        public Config {
            if (mode == null) {
                throw new IllegalArgumentException("mode must not be null");
            }
            Vectors.requirePositive("c", c);
            Vectors.requirePositive("gamma", gamma);
            if (etaMax == null) {
                throw new IllegalArgumentException("eta_max must not be null (use OptionalDouble.empty())");
            }
            if (etaMax.isPresent()) {
                Vectors.requirePositive("eta_max", etaMax.getAsDouble());
            }
            Vectors.requireFinite("fstar", fstar);
            Vectors.requireNonNegative("eps", eps);
            Vectors.requirePositive("init_step_size", initStepSize);
            Vectors.requireAtLeast("n_batches_per_epoch", nBatchesPerEpoch, 1);
        }

        /** The code's defaults (smooth_iter mode). */
        public static Config defaults() {
            return new Config(Mode.SMOOTH_ITER, DEFAULT_C, DEFAULT_GAMMA, OptionalDouble.empty(), DEFAULT_FSTAR,
                    DEFAULT_EPS, DEFAULT_INIT_STEP_SIZE, DEFAULT_N_BATCHES_PER_EPOCH, DEFAULT_STICKY_ZERO);
        }

        @Override
        public String method() {
            return NAME;
        }

        @Override
        public Map<String, Object> params() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("mode", mode.label());
            m.put("c", c);
            m.put("gamma", gamma);
            if (etaMax.isPresent()) {
                m.put("eta_max", etaMax.getAsDouble());
            }
            m.put("fstar", fstar);
            m.put("eps", eps);
            m.put("init_step_size", initStepSize);
            m.put("n_batches_per_epoch", nBatchesPerEpoch);
            m.put("sticky-zero", stickyZero);
            return m;
        }

        @Override
        public Optimizer create(int dimension) {
            return new Sps(this, dimension);
        }
    }

    public static MethodSpec spec() {
        return new MethodSpec(NAME,
                "SPS / SPS_max stochastic Polyak step (Loizou et al. 2021; IssamLaradji/sps sps/sps.py)",
                List.of(ParamSpec.choice("mode", Labeled.labels(Mode.class),
                                "adapt_flag: smooth_iter (cap gamma^(1/n_b) x previous step; f* unused) or constant"
                                        + " (SPS_max)"),
                        ParamSpec.real("c", Config.DEFAULT_C, "constant c in (loss - f*)/(c ||g||^2 + eps)"),
                        ParamSpec.real("gamma", Config.DEFAULT_GAMMA, "smooth_iter: cap growth per epoch"),
                        ParamSpec.real("eta_max", "constant mode: upper bound on the step (default: none)"),
                        ParamSpec.real("fstar", Config.DEFAULT_FSTAR, "constant mode: f*, the optimal value"),
                        ParamSpec.real("eps", Config.DEFAULT_EPS, "added to the denominator (experiments: 0)"),
                        ParamSpec.real("init_step_size", Config.DEFAULT_INIT_STEP_SIZE,
                                "initial previous step size (smooth_iter cap)"),
                        ParamSpec.integer("n_batches_per_epoch", Config.DEFAULT_N_BATCHES_PER_EPOCH,
                                "smooth_iter: n_b in the cap coefficient gamma^(1/n_b)"),
                        ParamSpec.bool("sticky-zero", Config.DEFAULT_STICKY_ZERO,
                                "true: a stored zero step keeps the smooth cap at 0 for ever (as the code);"
                                        + " false: guard")),
                Sps::config);
    }

    private static Config config(Params p) {
        OptionalDouble etaMax = p.has("eta_max") ? OptionalDouble.of(p.real("eta_max")) : OptionalDouble.empty();
        return new Config(Mode.ofLabel(p.choice("mode")), p.real("c"), p.real("gamma"), etaMax, p.real("fstar"),
                p.real("eps"), p.real("init_step_size"), p.integer("n_batches_per_epoch"), p.bool("sticky-zero"));
    }

    private final Config config;
    private final double coeff;
    private final double[] g;
    /** The code's {@code state['step_size']}: the step size of the last step (init_step_size before the first). */
    private double stepSize;
    /** The reference of the smooth cap: equal to {@link #stepSize} unless sticky-zero is off and a step was 0. */
    private double capReference;
    private long steps;

    private Sps(Config config, int dimension) {
        super(NAME, dimension);
        this.config = config;
        this.coeff = Math.pow(config.gamma(), 1.0 / config.nBatchesPerEpoch());
        this.g = new double[dimension];
        this.stepSize = config.initStepSize();
        this.capReference = config.initStepSize();
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
                } else if (config.etaMax().isPresent()) {
                    s = pythonMin(config.etaMax().getAsDouble(), s);
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
        if (config.stickyZero() || s != 0.0) {
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
