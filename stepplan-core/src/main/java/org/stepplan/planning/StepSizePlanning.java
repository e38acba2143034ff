package org.stepplan.planning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stepplan.core.Labeled;
import org.stepplan.core.Oracle;
import org.stepplan.core.ParamSpec;
import org.stepplan.core.Params;
import org.stepplan.core.Vectors;
import org.stepplan.optim.AbstractOptimizer;
import org.stepplan.optim.MethodSpec;
import org.stepplan.optim.Optimizer;
import org.stepplan.optim.OptimizerConfig;
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

    /**
     * @param method             {@link #CSAWG} or {@link #CSAUG} (only the name and the defaults differ)
     * @param gamma              the online (and correction) gradient-descent step size
     * @param horizon            K, the steps between paired weights; plans every K iterations from k = 2K
     * @param projections        P, projections per plan
     * @param corrections        M, gradient-descent corrections after each projection
     * @param pairing            which weight each buffered gradient is paired with
     * @param projectionGradient fresh (paper) or stale g_k
     * @param correctionGradient fresh (paper) or stale g_k
     * @param zeroTolerance      sum2(i) at or below it gives alpha(i) = 0
     * @param storeProjected     overwrite the last buffered weight with the planned one
     */
    public record Config(String method, double gamma, int horizon, int projections, int corrections,
                         Pairing pairing, GradientSource projectionGradient, GradientSource correctionGradient,
                         double zeroTolerance, boolean storeProjected) implements OptimizerConfig {

        public static final double DEFAULT_GAMMA = 0.001;
        public static final int DEFAULT_K = 2;
        public static final int CSAUG_DEFAULT_P = 5;
        public static final int CSAUG_DEFAULT_M = 10;
        /** The largest K: the experience ring holds 2K vectors of length d. */
        public static final int MAX_K = 1_000_000;

        public Config {
            if (!CSAWG.equals(method) && !CSAUG.equals(method)) {
                throw new IllegalArgumentException("method must be csawg or csaug, got " + method);
            }
            Vectors.requirePositive("gamma", gamma);
            Vectors.requireAtLeast("K", horizon, 1);
            Vectors.requireAtLeast("P", projections, 1);
            Vectors.requireAtLeast("M", corrections, 0);
            Vectors.requireAtMost("K", horizon, MAX_K);
            java.util.Objects.requireNonNull(pairing, "pairing");
            java.util.Objects.requireNonNull(projectionGradient, "projection-gradient");
            java.util.Objects.requireNonNull(correctionGradient, "correction-gradient");
            Vectors.requireNonNegative("zero-tolerance", zeroTolerance);
        }

        /** Csawg with paper semantics. */
        public static Config csawg(double gamma, int horizon) {
            return new Config(CSAWG, gamma, horizon, 1, 0, Pairing.A, GradientSource.FRESH, GradientSource.FRESH,
                    0.0, false);
        }

        /** Csaug with paper semantics. */
        public static Config csaug(double gamma, int horizon, int projections, int corrections) {
            return new Config(CSAUG, gamma, horizon, projections, corrections, Pairing.A, GradientSource.FRESH,
                    GradientSource.FRESH, 0.0, false);
        }

        /** Gradient evaluations one plan costs. */
        public long evaluationsPerPlan() {
            long projection = projectionGradient == GradientSource.FRESH ? 1 : 0;
            long correction = correctionGradient == GradientSource.FRESH ? 1 : 0;
            return projections * (projection + corrections * correction); // fits: at most (2^31-1) * 2^31
        }

        @Override
        public Map<String, Object> params() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("gamma", gamma);
            m.put("K", horizon);
            m.put("P", projections);
            m.put("M", corrections);
            m.put("pairing", pairing.label());
            m.put("projection-gradient", projectionGradient.label());
            m.put("correction-gradient", correctionGradient.label());
            m.put("zero-tolerance", zeroTolerance);
            m.put("store-projected", storeProjected);
            return m;
        }

        @Override
        public Optimizer create(int dimension) {
            return new StepSizePlanning(this, dimension);
        }
    }

    /** The registry entry of {@code csawg}. */
    public static MethodSpec csawgSpec() {
        return spec(CSAWG, "Csawg, single-step planning (Yao 2022, Algorithm 1; paper semantics of methods.md §10c')",
                1, 0);
    }

    /** The registry entry of {@code csaug}. */
    public static MethodSpec csaugSpec() {
        return spec(CSAUG, "Csaug, repeated planning (Yao 2022, Algorithm 2; paper semantics of methods.md §10c')",
                Config.CSAUG_DEFAULT_P, Config.CSAUG_DEFAULT_M);
    }

    private static MethodSpec spec(String name, String summary, int defaultP, int defaultM) {
        return new MethodSpec(name, summary, List.of(
                ParamSpec.real("gamma", Config.DEFAULT_GAMMA, "online gradient-descent step size"),
                ParamSpec.integer("K", Config.DEFAULT_K, "steps between paired weights; plans every K from k=2K"),
                ParamSpec.integer("P", defaultP, "projections per plan"),
                ParamSpec.integer("M", defaultM, "gradient-descent corrections after each projection"),
                ParamSpec.choice("pairing", Labeled.labels(Pairing.class),
                        "A: (w_k, g(w_{k-1})) as in Algorithm 1; B: (w_{k-1}, g(w_{k-1}))"),
                ParamSpec.choice("projection-gradient", Labeled.labels(GradientSource.class),
                        "fresh gradient at the current w (1 evaluation) or the stale g_k"),
                ParamSpec.choice("correction-gradient", Labeled.labels(GradientSource.class),
                        "fresh gradient at the current w (1 evaluation) or the stale g_k"),
                ParamSpec.real("zero-tolerance", 0.0, "sum of squared gradients at or below it gives alpha(i)=0"),
                ParamSpec.bool("store-projected", false, "overwrite the last buffered weight with the planned one")),
                p -> config(name, p));
    }

    private static Config config(String name, Params p) {
        return new Config(name, p.real("gamma"), p.integer("K"), p.integer("P"), p.integer("M"),
                Pairing.ofLabel(p.choice("pairing")), GradientSource.ofLabel(p.choice("projection-gradient")),
                GradientSource.ofLabel(p.choice("correction-gradient")), p.real("zero-tolerance"),
                p.bool("store-projected"));
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
        this.model = new DiagonalStepSizeModel(dimension, config.zeroTolerance());
        this.planner = new Planner(config.projections(), config.corrections(), config.gamma(),
                config.projectionGradient(), config.correctionGradient());
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
            if (config.storeProjected()) {
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
