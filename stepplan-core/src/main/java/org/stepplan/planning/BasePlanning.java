package org.stepplan.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.stepplan.core.Capability;
import org.stepplan.core.HyperParameters;
import org.stepplan.core.Oracle;
import org.stepplan.core.Param;
import org.stepplan.core.ParamSpec;
import org.stepplan.core.Params;
import org.stepplan.optim.AbstractOptimizer;
import org.stepplan.optim.Adam;
import org.stepplan.optim.DeclaredConfig;
import org.stepplan.optim.GradientDescent;
import org.stepplan.optim.MethodSpec;
import org.stepplan.optim.Optimizer;
import org.stepplan.optim.OptimizerConfig;
import org.stepplan.optim.OptimizerState;

/**
 * Step-size planning over any base optimizer ({@code plan}): the online step is the base method's own update
 * (gd, heavy-ball, adam, rmsprop, ...), and the planned step size alpha scales the base's displacement. With base gd
 * and the options {@code fit=weights direction=fresh clip=false trust=Infinity safeguard=false reset=false
 * base_step=fixed} it is
 * Csawg (Algorithm 1) with {@code alpha_paper = gamma * alpha}, up to rounding.
 *
 * <p>At its defaults ({@code base=auto base_step=auto}) the first step chooses by the oracle, as the planning study
 * found best (docs/planning.md): on an exact oracle the base is gd and its step a guarded secant (Barzilai-Borwein)
 * step; on a sampled oracle the base is adam at lr 1e-3 and the plans steer its learning rate ({@code planned}, with
 * {@code acceptance = 0.8}). {@link #baseMethod()} and {@link #baseStep()} tell which.
 *
 * <pre>
 * for k = 1, 2, ...   (n = steps since the buffer was last (re)started)
 *     w_prev = w;  w = w_prev - c_k (w_prev - base.step(w_prev));  u_k = w_prev - w
 *                                        the base's displacement scaled by c_k; its evaluations
 *     c_{k+1} = c_k                      (base_step = fixed: c = 1; base_step = planned: c changes only at a plan)
 *             = s.s / s.y, s = -u_{k-1}, y = u_k / c_k - u_{k-1} / c_{k-1}
 *                                        (base_step = secant: a Barzilai-Borwein step in units of the base's step,
 *                                         from the newest pair of the ring, no evaluation; kept when s.y &lt;= 0, when
 *                                         c_{k+1} is not finite, or when step k-1 ended with an accepted plan)
 *                                        secant guard (1 counted function evaluation a step): the scaled step is kept
 *                                        only if f(w) &lt;= max of the last K losses (nonmonotone, as Raydan's global
 *                                        BB); otherwise w takes the base's own step (c_k = 1; 1 more evaluation)
 *     x_k = w_k                          (fit = weights: the paper's stored weight, before any projection)
 *         = x_{k-1} - u_k, x_1 = w_1      (fit = online: the online-only trajectory, no projection jump in it)
 *     if n > K:  S1 += u_{k-K} ⊙ (x_{k-K} - x_k);  S2 += u_{k-K} ⊙ u_{k-K}     (the ring slot of k-K, then overwritten)
 *     if n >= 2K and n mod K == 0:                                       plan: first at n = 2K, then every K steps
 *         alpha_i = S2_i == 0 ? 0 : S1_i / S2_i                   (shape = diagonal; the least-squares fit of
 *                                                                   x_{s+K} ≈ x_s - alpha ⊙ u_s)
 *         alpha   = sum S2 == 0 ? 0 : sum S1 / sum S2             (shape = scalar)
 *         alpha_i = max(alpha_i, 0)                               (clip)
 *         alpha_i = clamp(alpha_i, -trust K, trust K)             (trust region, in base displacements)
 *         v = c (w - base.step(copy of w))   (direction = fresh: one more base step; w itself does not take it)
 *           = u_k                        (stale)
 *           = (u_{k-K+1} + ... + u_k) / K  (averaged)
 *         w' = w - alpha ⊙ v
 *         accept unless w' or alpha has a non-finite component, or (safeguard) f(w') >= f(w) on the current sample
 *             (two counted function evaluations: f(w) and f(w'))
 *         rejected: w stays; if reset: alpha = 0 and the buffer restarts (n = 0: the next plan is 2K steps later)
 *         base_step = planned: rho = A / (K B), A = sum û_s . (û_{s+1} + ... + û_{s+K}),
 *             B = sum |û_s|^2 over this fit's K pairs, û_j = u_j / c_j (the online displacements in base units, no
 *             plan's jump in them: the fit on online displacements, rho = its alpha / K)
 *             c = c 2^clamp((rho - rho*) / 0.5, -1, 1)     (rho* = alignment, 0.35; c kept when rho is not finite)
 *             c = c / 2 instead when the plan was rejected on a deterministic oracle (exact comparison there)
 *             acceptance = a* > 0, on a sampled oracle: a += (1{accepted} - a) / 64 (a = 1 at the start; the
 *             running share of accepted plans), and the exponent is at most clamp((a - a*) / 0.25, -1, 1): c grows
 *             only while most plans are accepted, and shrinks when fewer than a* are
 *             A = B = 0
 *         S1 = S2 = 0
 * </pre>
 * alpha is measured in base displacements: for a constant direction the online steps alone give alpha = K; the
 * planned jump is then K base steps done at once.
 *
 * <p>Evaluations: an ordinary step costs the base's (base_step = secant: plus 1 or 2 function evaluations); a plan adds one base step for a fresh direction and two function
 * evaluations for the safeguard. State: a ring of K pairs (x_s, u_s), S1, S2, alpha and one scratch vector:
 * (2K + 4) vectors of d, plus the base's own state (and c_k, c_{k-1} and, for secant, K losses; for planned one more
 * vector, the running sum of the last K û, and the K scales c_j: (2K + 5) d + K; base_step = auto holds both, and
 * base = auto the state of both its bases: gd's is empty, adam's 2 d). With base gd at gamma, y = gamma
 * (g_k - g_{k-1}) and c gamma = s.s / s.y is the BB step: on a quadratic with Hessian eigenvalues in [mu, L] it lies in
 * [1/L, 1/mu], whatever gamma (gamma only sets the first step). It assumes the base's displacement is a fixed linear
 * map of the gradient (gd); with adam's normalized, averaged direction the secant is not a curvature and the runs
 * blow up (docs/planning.md). The step sizes exposed are alpha (d of them, 0 before the first
 * plan); a step that planned has the event {@code plan} (accepted) or {@code plan-rejected}, and under
 * {@code base=auto} or {@code base_step=auto} the first step has the event naming the choice, e.g.
 * {@code base=gd base_step=secant}.
 */
public final class BasePlanning extends AbstractOptimizer {

    /** CLI name. */
    public static final String PLAN = "plan";
    /** The event of an accepted plan. */
    public static final String PLAN_EVENT = "plan";
    /** The event of a rejected plan. */
    public static final String REJECTED_EVENT = "plan-rejected";

    /** The base method's config and plan's own hyper-parameters, each declared once below. */
    public record Config(OptimizerConfig base, int horizon, FitTarget fit, ProjectionDirection direction,
                         AlphaShape shape, boolean clip, double trust, boolean safeguard, boolean reset,
                         BaseStep base_step, double alignment, double acceptance)
            implements DeclaredConfig<Config> {

        /**
         * The base by default, {@link AutoBase}: gd on an exact oracle, adam on a sampled one (neither needs L: gd's
         * gamma only sets the first step under the default {@code base_step=auto}, a secant step there).
         */
        public static final String DEFAULT_BASE = AutoBase.NAME;
        /** The base of {@code base=auto} on an exact oracle. */
        public static final String AUTO_EXACT = GradientDescent.NAME;
        /** The base of {@code base=auto} on a sampled oracle. */
        public static final String AUTO_SAMPLED = Adam.ADAM;

        public static final Param<Integer> HORIZON = Param.integer("horizon", 10, Param.atLeast(1),
                "K: steps between paired weights; plans every K from step 2K");
        public static final Param<FitTarget> FIT = Param.choice("fit", FitTarget.class, FitTarget.WEIGHTS,
                "fit on the stored weights (paper) or on the online displacements only");
        public static final Param<ProjectionDirection> DIRECTION = Param.choice("direction",
                ProjectionDirection.class, ProjectionDirection.STALE,
                "projection direction: a fresh base step (1 more step), the stored one, or the buffer mean");
        public static final Param<AlphaShape> SHAPE = Param.choice("shape", AlphaShape.class, AlphaShape.SCALAR,
                "one alpha per component or one for all");
        public static final Param<Boolean> CLIP = Param.bool("clip", true, "clip negative alpha components to 0");
        public static final Param<Double> TRUST = Param.real("trust", Double.POSITIVE_INFINITY,
                Param.positiveOrInfinity(), "|alpha_i| <= trust * K (in base steps); Infinity: off");
        public static final Param<Boolean> SAFEGUARD = Param.bool("safeguard", true,
                "accept a projection only if the loss on the same sample decreases (2 function evaluations)");
        public static final Param<Boolean> RESET = Param.bool("reset", true,
                "after a rejected plan: alpha = 0 and the buffer restarts");
        public static final Param<BaseStep> BASE_STEP = Param.choice("base_step", BaseStep.class, BaseStep.AUTO,
                "scale of the base's step: fixed, secant (a Barzilai-Borwein estimate from the buffer, every "
                        + "step, guarded), planned (steered by the alignment of each plan's fit), or auto (secant "
                        + "over gd on an exact oracle, planned over adam, fixed otherwise)");
        public static final Param<Double> ALIGNMENT = Param.real("alignment", 0.35, Param.open(0.0, 1.0),
                "base_step=planned: the alignment rho* of the base's steps that c steers to (c *= 2^clamp((rho - "
                        + "rho*) / 0.5, -1, 1) at each plan)");
        public static final Param<Double> ACCEPTANCE = Param.real("acceptance", 0.8, Param.inRange(0.0, 1.0),
                "base_step=planned, sampled oracle: the share of accepted plans (running mean, weight 1/64) below "
                        + "which c stops growing and shrinks (c *= 2^min(rho term, clamp((a - acceptance) / 0.25, "
                        + "-1, 1))); 0: off");

        static final HyperParameters<Config> HYPER = HyperParameters.of(PLAN, Config.class, HORIZON, FIT, DIRECTION,
                SHAPE, CLIP, TRUST, SAFEGUARD, RESET, BASE_STEP, ALIGNMENT, ACCEPTANCE);

        public Config {
            Objects.requireNonNull(base, "base");
            if (base instanceof Config) {
                throw new IllegalArgumentException("base must not be plan itself");
            }
            HORIZON.check(horizon);
            FIT.check(fit);
            DIRECTION.check(direction);
            SHAPE.check(shape);
            TRUST.check(trust);
            BASE_STEP.check(base_step);
            ALIGNMENT.check(alignment);
            ACCEPTANCE.check(acceptance);
        }

        /** Planning over {@code base} with every default. */
        public static Config defaults(OptimizerConfig base) {
            return HYPER.fixing("base", base).defaults();
        }

        @Override
        public HyperParameters<Config> hyperParameters() {
            return HYPER;
        }

        /** The base's name and parameters, then plan's own. */
        @Override
        public Map<String, Object> params() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("base", base.method());
            m.putAll(base.params());
            m.putAll(HYPER.values(this));
            return m;
        }

        @Override
        public Set<Capability> requires() {
            return base.requires();
        }

        @Override
        public Optimizer create(int dimension) {
            return new BasePlanning(this, dimension);
        }
    }

    /**
     * The registry entry of {@code plan} over the given base methods (the first is the default base). The base
     * methods' parameters are accepted as ordinary parameters of {@code plan} and passed to the chosen base, which
     * rejects those it does not know.
     */
    public static MethodSpec spec(List<MethodSpec> bases) {
        Map<String, MethodSpec> byName = new LinkedHashMap<>();
        Map<String, ParamSpec> baseParams = new LinkedHashMap<>();
        Map<String, List<String>> owners = new LinkedHashMap<>();
        for (MethodSpec b : bases) {
            byName.put(b.name(), b);
            for (ParamSpec p : b.params()) {
                baseParams.putIfAbsent(p.name(), p);
                owners.computeIfAbsent(p.name(), n -> new ArrayList<>()).add(b.name());
            }
        }
        for (String needed : List.of(Config.AUTO_EXACT, Config.AUTO_SAMPLED)) {
            if (!byName.containsKey(needed)) {
                throw new IllegalArgumentException("plan's bases must include " + needed + " (for base auto)");
            }
        }
        List<String> names = new ArrayList<>(byName.keySet());
        names.remove(Config.DEFAULT_BASE);
        names.add(0, Config.DEFAULT_BASE);
        List<ParamSpec> params = new ArrayList<>();
        params.add(ParamSpec.choice("base", names, "the base method whose update is the online step; auto: "
                + Config.AUTO_EXACT + " on an exact oracle, " + Config.AUTO_SAMPLED + " on a sampled one (or the one "
                + "whose parameters are given)"));
        params.addAll(Config.HYPER.specs());
        for (ParamSpec p : baseParams.values()) {
            params.add(new ParamSpec(p.name(), p.kind(), null, p.choices(),
                    "base " + String.join("/", owners.get(p.name())) + ": " + p.description()));
        }
        return new MethodSpec(PLAN, "step-size planning over any base optimizer's update, alpha scaling the base "
                + "step; a plan is kept only if the loss decreases (defaults, no L needed: gd with a secant step on "
                + "an exact oracle, adam with a planned lr on a sampled one)", params,
                p -> config(p, byName, baseParams));
    }

    private static Config config(Params p, Map<String, MethodSpec> bases, Map<String, ParamSpec> baseParams) {
        Map<String, String> given = new LinkedHashMap<>();
        Map<String, Object> values = p.effective();
        for (String name : baseParams.keySet()) {
            if (p.has(name)) {
                given.put(name, String.valueOf(values.get(name)));
            }
        }
        String name = p.choice("base");
        OptimizerConfig base = name.equals(AutoBase.NAME) ? autoBase(bases, given)
                : bases.get(name).configure(given);
        return Config.HYPER.fixing("base", base).parse(p);
    }

    /**
     * {@code base=auto}: with parameters of only one of its bases (gd's {@code gamma}, or adam's {@code lr},
     * {@code beta1}, ...), that base; otherwise both ({@link AutoBase}), each taking its own parameters.
     */
    private static OptimizerConfig autoBase(Map<String, MethodSpec> bases, Map<String, String> given) {
        MethodSpec exact = bases.get(Config.AUTO_EXACT);
        MethodSpec sampled = bases.get(Config.AUTO_SAMPLED);
        Map<String, String> toExact = new LinkedHashMap<>();
        Map<String, String> toSampled = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : given.entrySet()) {
            boolean known = false;
            if (knows(exact, e.getKey())) {
                toExact.put(e.getKey(), e.getValue());
                known = true;
            }
            if (knows(sampled, e.getKey())) {
                toSampled.put(e.getKey(), e.getValue());
                known = true;
            }
            if (!known) {
                throw new IllegalArgumentException("method 'plan' with base auto (" + Config.AUTO_EXACT + " or "
                        + Config.AUTO_SAMPLED + ") has no parameter '" + e.getKey() + "': choose the base with "
                        + "--param base=...");
            }
        }
        if (toExact.isEmpty() != toSampled.isEmpty()) {
            return toExact.isEmpty() ? sampled.configure(toSampled) : exact.configure(toExact);
        }
        return new AutoBase(exact.configure(toExact), sampled.configure(toSampled));
    }

    private static boolean knows(MethodSpec spec, String param) {
        return spec.params().stream().anyMatch(ps -> ps.name().equals(param));
    }

    private static final int FORMAT = 5;
    /** base_step = planned: the running mean of accepted plans moves by 1/64 of the difference at each plan. */
    private static final double ACCEPT_WEIGHT = 64.0;

    private final Config config;
    private final int horizon;
    /** The base on an exact oracle and on a sampled one: the same optimizer unless base = auto. */
    private final Optimizer exactBase;
    private final Optimizer sampledBase;
    /** The base and the base step in use: null and AUTO until the first step (or a restore) sees the oracle. */
    private Optimizer base;
    private BaseStep baseStep = BaseStep.AUTO;
    private final double[][] x;
    private final double[][] u;
    private final double[] s1;
    private final double[] s2;
    private final double[] alpha;
    private final double[] scratch;
    private final double[] losses;
    private final double[] recent;
    private final double[] scales;
    private long filledLosses;
    private long filled;
    private long plans;
    private long rejected;
    private double scale = 1.0;
    private double previousScale = 1.0;
    private double alignment = Double.NaN;
    private double alignNum;
    private double alignDen;
    private double acceptRate = 1.0;
    private boolean exactOracle;
    private String event = NO_EVENT;

    private BasePlanning(Config config, int dimension) {
        super(PLAN, dimension);
        this.config = config;
        this.horizon = config.horizon();
        this.sampledBase = config.base() instanceof AutoBase auto ? auto.sampled().create(dimension)
                : config.base().create(dimension);
        this.exactBase = config.base() instanceof AutoBase auto ? auto.exact().create(dimension) : sampledBase;
        this.x = new double[horizon][dimension];
        this.u = new double[horizon][dimension];
        this.s1 = new double[dimension];
        this.s2 = new double[dimension];
        this.alpha = new double[dimension];
        this.scratch = new double[dimension];
        BaseStep step = config.base_step();
        this.losses = new double[step == BaseStep.SECANT || step == BaseStep.AUTO ? horizon : 0];
        Arrays.fill(losses, Double.NEGATIVE_INFINITY);
        boolean planned = step == BaseStep.PLANNED || step == BaseStep.AUTO;
        this.recent = new double[planned ? dimension : 0];
        this.scales = new double[planned ? horizon : 0];
    }

    /**
     * Chooses the base and the base step for an exact or a sampled oracle: base = auto takes its base for that
     * oracle; base_step = auto is secant over gd on an exact oracle, planned over adam, fixed otherwise (the
     * combinations the study measured: planned over gd on a minibatch ends far above a fixed step).
     */
    private void resolve(boolean exact) {
        base = exact ? exactBase : sampledBase;
        OptimizerConfig chosen = config.base() instanceof AutoBase auto ? auto.on(exact) : config.base();
        String method = chosen.method();
        baseStep = config.base_step() != BaseStep.AUTO ? config.base_step()
                : exact && method.equals(GradientDescent.NAME) ? BaseStep.SECANT
                : method.equals(Adam.ADAM) ? BaseStep.PLANNED : BaseStep.FIXED;
        exactOracle = exact;
    }

    @Override
    public void step(double[] w, Oracle oracle) {
        checkLength(w);
        boolean first = base == null;
        if (first) {
            resolve(oracle.stochasticObjective() == null);
        }
        System.arraycopy(w, 0, scratch, 0, dimension);
        base.step(w, oracle);
        if (baseStep == BaseStep.SECANT) {
            guardedSecantStep(w, oracle);
        } else {
            scaleDisplacement(scratch, w);
        }
        filled++;
        int slot = (int) ((filled - 1) % horizon);
        int previous = (int) ((filled + horizon - 2) % horizon);
        boolean online = config.fit() == FitTarget.ONLINE && filled > 1;
        boolean paired = filled > horizon;
        double[] xs = x[slot];
        double[] us = u[slot];
        double[] xp = x[previous];
        double[] up = u[previous];
        boolean secant = baseStep == BaseStep.SECANT && filled > 1 && !event.equals(PLAN_EVENT);
        double ss = 0.0;
        double sy = 0.0;
        boolean planned = baseStep == BaseStep.PLANNED;
        double oldScale = planned && paired ? scales[slot] : 1.0;
        for (int i = 0; i < dimension; i++) {
            double ui = scratch[i] - w[i];
            if (planned) { // the online fit's sums in base units: R = û_{k-K+1} + ... + û_k, û = u / c
                double old = paired ? us[i] / oldScale : 0.0;
                double r = filled == 1 ? ui / scale : recent[i] - old + ui / scale;
                recent[i] = r;
                alignNum += old * r;
                alignDen += old * old;
            }
            if (secant) {
                double si = up[i];
                ss += si * si;
                sy += si * (si / previousScale - ui / scale);
            }
            double xi = online ? xp[i] - ui : w[i];
            if (paired) {
                double uo = us[i];
                s1[i] += uo * (xs[i] - xi);
                s2[i] += uo * uo;
            }
            xs[i] = xi;
            us[i] = ui;
        }
        if (planned) {
            scales[slot] = scale;
        }
        if (baseStep == BaseStep.SECANT) {
            previousScale = scale;
            double next = ss / sy;
            if (secant && sy > 0.0 && Double.isFinite(next)) {
                scale = next;
            }
        }
        event = first && chosenByOracle() ? choiceEvent() : NO_EVENT;
        if (filled >= 2L * horizon && filled % horizon == 0) {
            plan(w, oracle, slot);
        }
    }

    /**
     * The base's step scaled by c, kept only if {@code f(w) <= max} of the last K losses (a nonmonotone test, as in
     * Raydan's global BB; 1 function evaluation); otherwise the base's own step (c = 1, 1 more evaluation). The loss
     * of the step taken joins the ring.
     */
    private void guardedSecantStep(double[] w, Oracle oracle) {
        double f;
        if (scale == 1.0) {
            f = oracle.value(w);
        } else {
            scaleDisplacement(scratch, w);
            double reference = Double.NEGATIVE_INFINITY;
            for (double l : losses) {
                reference = Math.max(reference, l);
            }
            f = oracle.value(w);
            if (!(f <= reference)) {
                for (int i = 0; i < dimension; i++) {
                    w[i] = scratch[i] - (scratch[i] - w[i]) / scale;
                }
                scale = 1.0;
                f = oracle.value(w);
            }
        }
        losses[(int) (filledLosses++ % horizon)] = f;
    }

    /** {@code w = from - c (from - w)}: the base's displacement scaled by c (nothing to do at c = 1). */
    private void scaleDisplacement(double[] from, double[] w) {
        if (scale != 1.0) {
            for (int i = 0; i < dimension; i++) {
                w[i] = from[i] - scale * (from[i] - w[i]);
            }
        }
    }

    private void plan(double[] w, Oracle oracle, int slot) {
        boolean finite = fit();
        direction(w, oracle, slot);
        System.arraycopy(w, 0, s1, 0, dimension); // S1 is spent: it keeps w in case the plan is rejected
        double before = config.safeguard() ? oracle.value(w) : 0.0;
        for (int i = 0; i < dimension; i++) {
            w[i] -= alpha[i] * scratch[i];
            finite &= Double.isFinite(w[i]);
        }
        boolean accepted = finite && (!config.safeguard() || oracle.value(w) < before);
        plans++;
        if (baseStep == BaseStep.PLANNED) {
            adaptScale(accepted, exactOracle);
        }
        if (accepted) {
            event = PLAN_EVENT;
        } else {
            System.arraycopy(s1, 0, w, 0, dimension);
            rejected++;
            event = REJECTED_EVENT;
            if (config.reset()) {
                Arrays.fill(alpha, 0.0);
                filled = 0;
            }
        }
        Arrays.fill(s1, 0.0);
        Arrays.fill(s2, 0.0);
    }

    /**
     * base_step = planned: {@code c *= 2^clamp((rho - rho*) / 0.5, -1, 1)}, rho = {@code A / (K B)} the alignment
     * of this fit's K pairs on the online displacements in base units, {@code û_j = u_j / c_j} (no plan's jump in
     * them): {@code A = sum û_s . (û_{s+1} + ... + û_{s+K})}, {@code B = sum |û_s|^2}; 1 for a constant step, about
     * 1/K for independent ones, below when they cancel (c is kept when rho is not finite: no step moved). On a
     * deterministic oracle a rejected plan halves c instead (the safeguard's comparison is exact there; on a sampled
     * one a rejection is mostly sampling noise). With {@code acceptance = a* > 0}, on a sampled oracle, the exponent
     * is at most {@code clamp((a - a*) / 0.25, -1, 1)}, a the running share of accepted plans (weight 1/64): on a
     * noisy problem the safeguard rejects more plans as c grows, which stops the growth where the alignment alone
     * would not.
     */
    private void adaptScale(boolean accepted, boolean exact) {
        alignment = alignNum / (horizon * alignDen);
        acceptRate += ((accepted ? 1.0 : 0.0) - acceptRate) / ACCEPT_WEIGHT;
        double exponent = !accepted && exact ? -1.0 : Double.isFinite(alignment)
                ? Math.min(Math.max((alignment - config.alignment()) / 0.5, -1.0), 1.0) : 0.0;
        if (config.acceptance() > 0.0 && !exact) {
            exponent = Math.min(exponent, Math.min(Math.max((acceptRate - config.acceptance()) / 0.25, -1.0), 1.0));
        }
        scale *= Math.pow(2.0, exponent);
        alignNum = 0.0;
        alignDen = 0.0;
    }

    /** alpha from S1 and S2, clipped and bounded; false when a component is not finite. */
    private boolean fit() {
        double bound = config.trust() * horizon;
        double lo = config.clip() ? 0.0 : -bound;
        boolean finite = true;
        if (config.shape() == AlphaShape.SCALAR) {
            double num = 0.0;
            double den = 0.0;
            for (int i = 0; i < dimension; i++) {
                num += s1[i];
                den += s2[i];
            }
            double a = den == 0.0 ? 0.0 : Math.min(Math.max(num / den, lo), bound);
            Arrays.fill(alpha, a);
            return Double.isFinite(a);
        }
        for (int i = 0; i < dimension; i++) {
            double a = s2[i] == 0.0 ? 0.0 : Math.min(Math.max(s1[i] / s2[i], lo), bound);
            alpha[i] = a;
            finite &= Double.isFinite(a);
        }
        return finite;
    }

    /** The projection direction v, into scratch. */
    private void direction(double[] w, Oracle oracle, int slot) {
        switch (config.direction()) {
            case FRESH -> {
                System.arraycopy(w, 0, scratch, 0, dimension);
                base.step(scratch, oracle);
                scaleDisplacement(w, scratch);
                for (int i = 0; i < dimension; i++) {
                    scratch[i] = w[i] - scratch[i];
                }
            }
            case STALE -> System.arraycopy(u[slot], 0, scratch, 0, dimension);
            case AVERAGED -> {
                Arrays.fill(scratch, 0.0);
                for (double[] us : u) {
                    for (int i = 0; i < dimension; i++) {
                        scratch[i] += us[i];
                    }
                }
                for (int i = 0; i < dimension; i++) {
                    scratch[i] /= horizon;
                }
            }
            default -> throw new IllegalStateException(config.direction().toString());
        }
    }

    /** True when base or base_step is auto: the first step's event then names what was chosen. */
    private boolean chosenByOracle() {
        return config.base() instanceof AutoBase || config.base_step() == BaseStep.AUTO;
    }

    /** The first step's event under auto: {@code base=gd base_step=secant}, say. */
    private String choiceEvent() {
        return "base=" + base.method() + " base_step=" + baseStep.label();
    }

    /** Plans made so far (accepted or not). */
    public long plans() {
        return plans;
    }

    /**
     * The base step in use: the configured one, or what {@code base_step=auto} resolved to at the first step
     * ({@link BaseStep#AUTO} before it).
     */
    public BaseStep baseStep() {
        return baseStep;
    }

    /** The name of the base method in use ({@code base=auto}: gd or adam from the first step on; "auto" before). */
    public String baseMethod() {
        return base == null ? config.base().method() : base.method();
    }

    /** The scale c of the base's displacement on the next online step (1 under {@code base_step=fixed}). */
    public double baseScale() {
        return scale;
    }

    /**
     * The alignment rho of the last plan's fit on the online displacements in base units (base_step = planned; NaN
     * before the first plan and for the other base steps): 1 for a constant step, about 1/K for independent ones.
     */
    public double alignment() {
        return alignment;
    }

    /** Plans rejected so far (non-finite, or the safeguard's loss did not decrease). */
    public long rejectedPlans() {
        return rejected;
    }

    @Override
    public int stepSizeCount() {
        return dimension;
    }

    @Override
    protected double stepSizeAt(int i) {
        return alpha[i];
    }

    @Override
    public String lastEvent() {
        return event;
    }

    @Override
    public OptimizerState snapshot() {
        OptimizerState.Builder b = OptimizerState.builder(PLAN, FORMAT);
        snapshotBase(b, "base.", sampledBase);
        if (exactBase != sampledBase) {
            snapshotBase(b, "exactBase.", exactBase);
        }
        for (int s = 0; s < horizon; s++) {
            b.array("x" + s, x[s]).array("u" + s, u[s]);
        }
        return b.array("S1", s1).array("S2", s2).array("alpha", alpha).scalar("filled", filled)
                .scalar("plans", plans).scalar("rejected", rejected).scalar("scale", scale)
                .scalar("previousScale", previousScale)
                .array("losses", losses).scalar("filledLosses", filledLosses)
                .array("recent", recent).array("scales", scales).scalar("alignNum", alignNum)
                .scalar("alignDen", alignDen).scalar("alignment", alignment).scalar("acceptRate", acceptRate)
                .scalar("event", event.equals(PLAN_EVENT) ? 1 : event.equals(REJECTED_EVENT) ? 2
                        : event.isEmpty() ? 0 : 3)
                .scalar("oracle", base == null ? 0 : exactOracle ? 1 : 2).build();
    }

    private static void snapshotBase(OptimizerState.Builder b, String prefix, Optimizer optimizer) {
        OptimizerState inner = optimizer.snapshot();
        for (String name : inner.arrayNames()) {
            b.array(prefix + name, inner.array(name));
        }
        for (String name : inner.scalarNames()) {
            b.scalar(prefix + name, inner.scalar(name));
        }
    }

    private static void restoreBase(OptimizerState state, String prefix, Optimizer optimizer) {
        OptimizerState.Builder inner = OptimizerState.builder(optimizer.method(),
                optimizer.snapshot().formatVersion());
        for (String name : state.arrayNames()) {
            if (name.startsWith(prefix)) {
                inner.array(name.substring(prefix.length()), state.array(name));
            }
        }
        for (String name : state.scalarNames()) {
            if (name.startsWith(prefix)) {
                inner.scalar(name.substring(prefix.length()), state.scalar(name));
            }
        }
        optimizer.restore(inner.build());
    }

    @Override
    public void restore(OptimizerState state) {
        state.requireCompatible(PLAN, FORMAT);
        restoreBase(state, "base.", sampledBase);
        if (exactBase != sampledBase) {
            restoreBase(state, "exactBase.", exactBase);
        }
        int resolved = (int) state.scalar("oracle");
        if (resolved == 0) {
            base = null;
            baseStep = BaseStep.AUTO;
        } else {
            resolve(resolved == 1);
        }
        for (int s = 0; s < horizon; s++) {
            state.copyArray("x" + s, x[s]);
            state.copyArray("u" + s, u[s]);
        }
        state.copyArray("S1", s1);
        state.copyArray("S2", s2);
        state.copyArray("alpha", alpha);
        filled = (long) state.scalar("filled");
        plans = (long) state.scalar("plans");
        rejected = (long) state.scalar("rejected");
        scale = state.scalar("scale");
        previousScale = state.scalar("previousScale");
        state.copyArray("losses", losses);
        filledLosses = (long) state.scalar("filledLosses");
        state.copyArray("recent", recent);
        state.copyArray("scales", scales);
        alignNum = state.scalar("alignNum");
        alignDen = state.scalar("alignDen");
        alignment = state.scalar("alignment");
        acceptRate = state.scalar("acceptRate");
        int e = (int) state.scalar("event");
        event = e == 1 ? PLAN_EVENT : e == 2 ? REJECTED_EVENT : e == 3 ? choiceEvent() : NO_EVENT;
    }
}
