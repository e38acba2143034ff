package org.stepplan.planning;

import org.stepplan.core.HyperParameters;
import org.stepplan.core.Oracle;
import org.stepplan.core.Param;
import org.stepplan.optim.AbstractOptimizer;
import org.stepplan.optim.DeclaredConfig;
import org.stepplan.optim.MethodSpec;
import org.stepplan.optim.Optimizer;
import org.stepplan.optim.OptimizerState;

/**
 * Step-size planning (Yao 2022, arXiv:2204.01705): Csawg (Algorithm 1, P = 1, M = 0) and Csaug repeated planning
 * (Algorithm 2, P projections each followed by M corrections). Dyna in miniature: the online gradient-descent update
 * produces experience ({@link ExperienceBuffer}), the experience trains a model (the diagonal step size,
 * {@link DiagonalStepSizeModel}), the model is used for planning ({@link Planner}).
 *
 * <p>Paper semantics, the one reading of the ambiguous algorithms that reproduces the paper's numbers
 * (docs/methods.md §10c'):
 * <pre>
 * for k = 1, 2, ...:
 *     g = grad f(w)                                  g_k at w_{k-1}; 1 gradient evaluation
 *     w = w - gamma g                                w_k
 *     add (w_k, g_k) to the experience               pairing A; B1 for k &lt;= K, then B2
 *     if B2 holds K entries:                         first at k = 2K, then every K iterations
 *         alpha(i) = sum2(i) == 0 ? 0 : sum1(i)/sum2(i),
 *             sum1 = sum_s g_s ⊙ (w_s - w_{s+K}),  sum2 = sum_s g_s ⊙ g_s   over B1 (s) and B2 (s+K)
 *         repeat P times:  w = w - alpha ⊙ grad f(w);  repeat M times: w = w - gamma grad f(w)   (fresh gradients)
 *         B1 = B2; empty B2
 * gradient evaluations after iteration k = k + plans * P * (1 + M)
 * </pre>
 * Where this differs from the paper's text (the paper has no published code, so the text is all there is): Algorithm 1
 * reads as reusing g_k in the projection and Algorithm 2 as reusing it in every projection and correction; footnotes 4-5
 * count fresh gradients, and only fresh gradients reproduce Figures 5 and 7. Algorithm 2 omits the zero-denominator
 * guard; it is applied here as in Algorithm 1. The other readings are options: {@link Pairing#B},
 * {@link GradientSource#STALE} for projections or corrections, a zero tolerance, and storing the planned weight in place
 * of the last buffered one.
 *
 * <p>State: a ring of K (w, g) slots, the two fit sums, alpha and one gradient buffer: 2K + 4 vectors of length d.
 * The step sizes it exposes are alpha(1..d) as of the last plan (0 before the first); a planning step's event is
 * {@code plan}.
 */
public final class StepSizePlanning extends AbstractOptimizer {

    /** CLI name of single-step planning (Algorithm 1). */
    public static final String CSAWG = "csawg";
    /** CLI name of repeated planning (Algorithm 2). */
    public static final String CSAUG = "csaug";
    /** The event tag of an iteration that planned. */
    public static final String PLAN_EVENT = "plan";

    /** The method and the hyper-parameters, each declared once below (csawg and csaug differ only in defaults). */
    public record Config(String method, double gamma, int horizon, int projections, int corrections,
                         Pairing pairing, GradientSource projection_gradient, GradientSource correction_gradient,
                         double zero_tolerance, boolean store_projected) implements DeclaredConfig<Config> {

        /** The largest horizon: the experience ring holds 2K vectors of length d. */
        public static final int MAX_HORIZON = 1_000_000;

        public static final Param<Double> GAMMA = Param.real("gamma", 0.001, Param.positive(),
                "online gradient-descent step size");
        public static final Param<Integer> HORIZON = Param.integer("horizon", 2, Param.between(1, MAX_HORIZON),
                "K: steps between paired weights; plans every K from k=2K");
        public static final Param<Integer> PROJECTIONS = Param.integer("projections", 1, Param.atLeast(1),
                "P: projections per plan");
        public static final Param<Integer> CORRECTIONS = Param.integer("corrections", 0, Param.atLeast(0),
                "M: gradient-descent corrections after each projection");
        public static final Param<Pairing> PAIRING = Param.choice("pairing", Pairing.class, Pairing.A,
                "A: (w_k, g(w_{k-1})) as in Algorithm 1; B: (w_{k-1}, g(w_{k-1}))");
        public static final Param<GradientSource> PROJECTION_GRADIENT = Param.choice("projection_gradient",
                GradientSource.class, GradientSource.FRESH,
                "fresh gradient at the current w (1 evaluation) or the stale g_k");
        public static final Param<GradientSource> CORRECTION_GRADIENT = Param.choice("correction_gradient",
                GradientSource.class, GradientSource.FRESH,
                "fresh gradient at the current w (1 evaluation) or the stale g_k");
        public static final Param<Double> ZERO_TOLERANCE = Param.real("zero_tolerance", 0.0, Param.nonNegative(),
                "sum of squared gradients at or below it gives alpha(i)=0");
        public static final Param<Boolean> STORE_PROJECTED = Param.bool("store_projected", false,
                "overwrite the last buffered weight with the planned one");

        static final HyperParameters<Config> CSAWG_PARAMS = HyperParameters.of(CSAWG, Config.class, GAMMA, HORIZON,
                PROJECTIONS, CORRECTIONS, PAIRING, PROJECTION_GRADIENT, CORRECTION_GRADIENT, ZERO_TOLERANCE,
                STORE_PROJECTED).fixing("method", CSAWG);
        static final HyperParameters<Config> CSAUG_PARAMS = HyperParameters.of(CSAUG, Config.class, GAMMA, HORIZON,
                PROJECTIONS.withDefault(5), CORRECTIONS.withDefault(10), PAIRING, PROJECTION_GRADIENT,
                CORRECTION_GRADIENT, ZERO_TOLERANCE, STORE_PROJECTED).fixing("method", CSAUG);

        public Config {
            if (!CSAWG.equals(method) && !CSAUG.equals(method)) {
                throw new IllegalArgumentException("method must be csawg or csaug, got " + method);
            }
            GAMMA.check(gamma);
            HORIZON.check(horizon);
            PROJECTIONS.check(projections);
            CORRECTIONS.check(corrections);
            PAIRING.check(pairing);
            PROJECTION_GRADIENT.check(projection_gradient);
            CORRECTION_GRADIENT.check(correction_gradient);
            ZERO_TOLERANCE.check(zero_tolerance);
        }

        /** {@code method} (csawg or csaug) with the paper's defaults and semantics. */
        public static Config defaults(String method) {
            return hyper(method).defaults();
        }

        /** Csawg with paper semantics. */
        public static Config csawg(double gamma, int horizon) {
            return defaults(CSAWG).with(GAMMA, gamma).with(HORIZON, horizon);
        }

        /** Csaug with paper semantics. */
        public static Config csaug(double gamma, int horizon, int projections, int corrections) {
            return defaults(CSAUG).with(GAMMA, gamma).with(HORIZON, horizon).with(PROJECTIONS, projections)
                    .with(CORRECTIONS, corrections);
        }

        private static HyperParameters<Config> hyper(String method) {
            return CSAUG.equals(method) ? CSAUG_PARAMS : CSAWG_PARAMS;
        }

        /** Gradient evaluations one plan costs. */
        public long evaluationsPerPlan() {
            long projection = projection_gradient == GradientSource.FRESH ? 1 : 0;
            long correction = correction_gradient == GradientSource.FRESH ? 1 : 0;
            return projections * (projection + corrections * correction); // fits: at most (2^31-1) * 2^31
        }

        @Override
        public HyperParameters<Config> hyperParameters() {
            return hyper(method);
        }

        @Override
        public Optimizer create(int dimension) {
            return new StepSizePlanning(this, dimension);
        }
    }

    /** The registry entry of {@code csawg}. */
    public static MethodSpec csawgSpec() {
        return MethodSpec.of("Csawg, single-step planning (Yao 2022, Algorithm 1; paper semantics of methods.md §10c')",
                Config.CSAWG_PARAMS);
    }

    /** The registry entry of {@code csaug}. */
    public static MethodSpec csaugSpec() {
        return MethodSpec.of("Csaug, repeated planning (Yao 2022, Algorithm 2; paper semantics of methods.md §10c')",
                Config.CSAUG_PARAMS);
    }

    private static final int FORMAT = 1;

    private final Config config;
    private final ExperienceBuffer experience;
    private final DiagonalStepSizeModel model;
    private final Planner planner;
    private final double[] g;
    private long plans;
    private boolean plannedLastStep;

    private StepSizePlanning(Config config, int dimension) {
        super(config.method(), dimension);
        this.config = config;
        this.experience = new ExperienceBuffer(config.horizon(), dimension);
        this.model = new DiagonalStepSizeModel(dimension, config.zero_tolerance());
        this.planner = new Planner(config.projections(), config.corrections(), config.gamma(),
                config.projection_gradient(), config.correction_gradient());
        this.g = new double[dimension];
    }

    @Override
    public void step(double[] w, Oracle oracle) {
        checkLength(w);
        oracle.gradientOnly(w, g);
        double gamma = config.gamma();
        boolean ready;
        if (config.pairing() == Pairing.A) { // the online step and its experience in one pass
            ready = experience.descendAndAdd(w, g, gamma);
        } else {
            ready = experience.add(w, g);
            for (int i = 0; i < dimension; i++) {
                w[i] = w[i] - gamma * g[i];
            }
        }
        plannedLastStep = ready;
        if (ready) {
            model.fit(experience); // and empties the sums for the next block
            planner.plan(w, model.alphaArray(), g, experience.lastGradient(), oracle);
            if (config.store_projected()) {
                experience.overwriteLastWeight(w);
            }
            plans++;
        }
    }

    /** Plans made so far. */
    public long plans() {
        return plans;
    }

    @Override
    public int stepSizeCount() {
        return dimension;
    }

    @Override
    protected double stepSizeAt(int i) {
        return model.alpha(i);
    }

    @Override
    public String lastEvent() {
        return plannedLastStep ? PLAN_EVENT : NO_EVENT;
    }

    @Override
    public OptimizerState snapshot() {
        OptimizerState.Builder b = OptimizerState.builder(method(), FORMAT);
        experience.saveTo(b);
        return b.array("alpha", model.alphaArray()).scalar("plans", plans)
                .scalar("plannedLastStep", plannedLastStep ? 1 : 0).build();
    }

    @Override
    public void restore(OptimizerState state) {
        state.requireCompatible(method(), FORMAT);
        experience.restoreFrom(state);
        state.copyArray("alpha", model.alphaArray());
        plans = (long) state.scalar("plans");
        plannedLastStep = state.scalar("plannedLastStep") != 0;
    }
}
