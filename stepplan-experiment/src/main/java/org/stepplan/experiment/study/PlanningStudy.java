package org.stepplan.experiment.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.DoubleStream;
import org.stepplan.files.AtomicFiles;
import org.stepplan.experiment.Experiment;
import org.stepplan.experiment.Progress;
import org.stepplan.experiment.RunSpec;
import org.stepplan.methods.Methods;
import org.stepplan.planning.BasePlanning;
import org.stepplan.plot.ChartFiles;
import org.stepplan.plot.Decimate;
import org.stepplan.plot.Look;
import org.stepplan.plot.Palette;
import org.stepplan.plot.Plot;
import org.stepplan.plot.Series;
import org.stepplan.run.Iteration;
import org.stepplan.run.Result;
import org.stepplan.run.Status;
import org.stepplan.run.StoppingRules;
import org.stepplan.run.RunListener;
import org.stepplan.run.TraceMemory;

/**
 * The planning study of docs/planning.md. Every run is deterministic (problem seeds 1, 2, 3 for the generated
 * quadratics), so the tables are the same on every machine and thread count.
 * <ol>
 *   <li>Mechanism: alpha per plan of csawg (P = 1) and csaug (P = 5, M = 10) on {@code rotated-quadratic}, and of
 *       {@code plan} over gd with the paper's fit and with the fit on online displacements.</li>
 *   <li>The divergence grid: csaug for K x gamma on the rotated and the unrotated quadratic.</li>
 *   <li>Each option of {@code plan}, flipped one at a time from a fixed base step, over gd and over adam.</li>
 *   <li>Targets T0/T1: {@code plan} at its defaults against Nesterov given the true L and mu.</li>
 * </ol>
 */
public final class PlanningStudy {

    /** The error the deterministic targets ask for. */
    static final double TARGET_ERROR = 1e-6;
    /** The gradient-evaluation budget of T1. */
    static final long BUDGET = 20_000;
    private static final String RQ = "rotated-quadratic";
    private static final double GAMMA = 1e-3; // 1/L on the default rotated-quadratic (condition 1000)

    private final Path out;
    private final boolean force;
    private final int threads;
    private final Progress progress;
    private final String command;
    private final Selection selection;
    private final List<Path> files = new ArrayList<>();
    private final StringBuilder md = new StringBuilder();

    /**
     * What a study run measures.
     *
     * @param sections         the sections to run (1-7)
     * @param plan             the parameters of the {@code plan} that the target sections (4-7) measure (empty: its
     *                         defaults)
     * @param learningProblems the learning problems of sections 5-7, by label (e.g. {@code softmax/digits}); null:
     *                         all of them
     */
    public record Selection(java.util.Set<Integer> sections, Map<String, String> plan, List<String> learningProblems) {

        /** Refuses an unknown learning problem or a bad parameter of {@code plan} (IllegalArgumentException). */
        public Selection {
            List<String> known = LearningStudy.labels();
            learningProblems = learningProblems == null ? known : List.copyOf(learningProblems);
            for (String p : learningProblems) {
                if (!known.contains(p)) {
                    throw new IllegalArgumentException("unknown learning problem '" + p + "'; known: "
                            + String.join(", ", known));
                }
            }
            if (!plan.isEmpty()) {
                Methods.configure(BasePlanning.PLAN, plan); // refuses an unknown or bad parameter, naming it
            }
            plan = Map.copyOf(plan);
        }

        public boolean has(int section) {
            return sections.contains(section);
        }
    }

    public PlanningStudy(Path out, boolean force, int threads, Progress progress, String command,
            Selection selection) {
        this.out = out;
        this.threads = threads;
        this.force = force;
        this.progress = progress;
        this.command = command;
        this.selection = selection;
    }

    public List<Path> run() throws Exception {
        Files.createDirectories(out);
        md.append("# Planning study\n\nMade by `").append(command).append("` (deterministic: the same numbers on "
                + "every machine). Error = ||w - w*||; \"evals\" = gradient evaluations to error <= 1e-6 within "
                + BUDGET + " (or the status and final error). Function evaluations (the safeguard's) are listed "
                + "separately.\n");
        if (!selection.plan().isEmpty()) {
            md.append("\nThe target sections measure `plan` with ").append(selection.plan()).append(".\n");
        }
        if (selection.has(1)) {
            mechanism();
        }
        if (selection.has(2)) {
            divergenceGrid();
        }
        if (selection.has(3)) {
            options();
        }
        if (selection.has(4)) {
            targets();
        }
        if (selection.has(5) || selection.has(6) || selection.has(7)) {
            new LearningStudy(md, progress, threads, selection).run();
        }
        Path report = out.resolve("study.md");
        AtomicFiles.writeText(report, force, w -> w.write(md.toString()));
        files.add(report);
        return files;
    }

    // ---------------------------------------------------------------- 1. mechanism

    private record Method(String label, String method, Map<String, String> params, double alphaUnit) {
    }

    private void mechanism() throws IOException {
        Map<String, String> plannedGd = Map.of("base", "gd", "gamma", str(GAMMA), "horizon", "10", "base_step",
                "fixed");
        List<Method> methods = List.of(
                new Method("csawg K=10 (P=1)", "csawg", Map.of("gamma", str(GAMMA), "horizon", "10"), GAMMA),
                new Method("csaug K=10 P=5 M=10", "csaug", Map.of("gamma", str(GAMMA), "horizon", "10",
                        "projections", "5", "corrections", "10"), GAMMA),
                new Method("plan/gd paper fit (weights, fresh, no guards)", "plan", with(plannedGd, "fit", "weights",
                        "direction", "fresh", "shape", "diagonal", "clip", "false", "trust", "Infinity",
                        "safeguard", "false", "reset", "false"), 1.0),
                new Method("plan/gd online fit (online, fresh, no guards)", "plan", with(plannedGd, "fit", "online",
                        "direction", "fresh", "shape", "diagonal", "clip", "false", "trust", "Infinity",
                        "safeguard", "false", "reset", "false"), 1.0),
                new Method("plan/gd fixed step, other options at their defaults", "plan", plannedGd, 1.0));
        progress.phase("mechanism", methods.size());
        md.append("\n## 1. The divergence mechanism: alpha per plan\n\n`rotated-quadratic` (d=50, condition 1000, "
                + "seed 1), gamma = 1e-3 = 1/L, K = 10, 40 plans at most. alpha/gamma = the median over the 50 "
                + "components of alpha_i/gamma after each plan (for `plan`, alpha is already in units of the base "
                + "step gamma g). With a constant direction the online steps alone give alpha/gamma = K = 10.\n\n");
        md.append("| method | status | alpha/gamma at plans 1, 2, 3, 4, 5, 6, 8, 10, 20, 40 |\n|---|---|---|\n");
        List<Series> series = new ArrayList<>();
        int colour = 0;
        for (Method m : methods) {
            List<double[]> perPlan = new ArrayList<>();
            Outcome o = run(RQ, Map.of(), m.method, m.params, StoppingRules.iterations(10L * 41), each(it -> {
                if (it.event().startsWith("plan")) {
                    double[] alpha = new double[it.stepSizeCount()];
                    for (int i = 0; i < alpha.length; i++) {
                        alpha[i] = it.stepSize(i);
                    }
                    perPlan.add(new double[] {perPlan.size() + 1, median(alpha) / m.alphaUnit});
                }
            }));
            StringBuilder vals = new StringBuilder();
            for (int p : new int[] {1, 2, 3, 4, 5, 6, 8, 10, 20, 40}) {
                vals.append(p <= perPlan.size() ? fmt(perPlan.get(p - 1)[1]) : "-").append(p == 40 ? "" : ", ");
            }
            md.append("| ").append(m.label).append(" | ").append(o.statusText()).append(" | ").append(vals)
                    .append(" |\n");
            double[] x = perPlan.stream().mapToDouble(a -> a[0]).toArray();
            double[] y = perPlan.stream().mapToDouble(a -> Math.abs(a[1])).toArray();
            series.add(new Series(m.label, x, y, Look.lineAndDots(Palette.cycle(colour++))));
            progress.done(m.label);
        }
        write(Plot.of("alpha per plan, rotated-quadratic d=50 condition 1000", "plan", "plan", "abs_median_alpha",
                "|median alpha_i| / gamma", true, series), "alpha-per-plan");
        md.append("\n![alpha per plan](alpha-per-plan.png)\n");
    }

    // ---------------------------------------------------------------- 2. divergence grid

    private void divergenceGrid() throws IOException {
        md.append("\n## 2. csaug on the rotated and the unrotated quadratic (d=50, condition 1000)\n\nEach cell: "
                + "status and gradient evaluations; `plan` is over gd with the same gamma and K, with a fixed base "
                + "step (`base_step=fixed`) and with its default step on an exact oracle (a guarded secant step: "
                + "gamma only sets the first), its other options at their defaults.\n\n| K | gamma | csaug rotated "
                + "| csaug rotation=none | plan/gd rotated, fixed step | plan/gd rotated, default step |\n"
                + "|---|---|---|---|---|---|\n");
        progress.phase("divergence grid", 12);
        for (int k : new int[] {2, 5, 10, 20}) {
            for (double gamma : new double[] {5e-4, 1e-3, 1.9e-3}) {
                Map<String, String> p = Map.of("gamma", str(gamma), "horizon", Integer.toString(k));
                StoppingRules rules = targetRules();
                Outcome rotated = run(RQ, Map.of(), "csaug", p, rules);
                Outcome none = run(RQ, Map.of("rotation", "none"), "csaug", p, rules);
                Outcome plan = run(RQ, Map.of(), "plan", with(p, "base", "gd", "base_step", "fixed"), rules);
                Outcome secant = run(RQ, Map.of(), "plan", with(p, "base", "gd"), rules);
                md.append("| ").append(k).append(" | ").append(str(gamma)).append(" | ").append(rotated.cell())
                        .append(" | ").append(none.cell()).append(" | ").append(plan.cell()).append(" | ")
                        .append(secant.cell()).append(" |\n");
                progress.done("K=" + k + " gamma=" + gamma);
            }
        }
    }

    // ---------------------------------------------------------------- 3. options

    private static final List<String[]> FLIPS = List.of(
            new String[] {}, new String[] {"fit", "online"}, new String[] {"direction", "fresh"},
            new String[] {"direction", "averaged"}, new String[] {"shape", "diagonal"}, new String[] {"clip", "false"},
            new String[] {"trust", "1"}, new String[] {"trust", "4"}, new String[] {"safeguard", "false"},
            new String[] {"reset", "false"}, new String[] {"base_step", "secant"},
            new String[] {"base_step", "planned"},
            new String[] {"horizon", "2"}, new String[] {"horizon", "5"},
            new String[] {"horizon", "20"});

    private void options() throws IOException {
        record Case(String problem, Map<String, String> params) {
        }
        List<Case> cases = List.of(new Case(RQ, Map.of()), new Case(RQ, Map.of("condition", "10000")),
                new Case("rosenbrock", Map.of()), new Case("linear-regression", Map.of()));
        List<Map<String, String>> bases = List.of(Map.of("base", "gd", "gamma", str(GAMMA), "base_step", "fixed"),
                Map.of("base", "adam", "base_step", "fixed"));
        md.append("\n## 3. Each option of `plan`, flipped one at a time from a fixed base step\n\nThe row "
                + "`defaults` is `base_step=fixed` with every other option at its default; each other row flips one "
                + "option from there. Cells: gradient "
                + "evaluations to error 1e-6 (+ function evaluations), or the status and final error. Problems: "
                + "rotated-quadratic d=50 condition 1000 and 10000, rosenbrock, linear-regression (defaults). "
                + "Base gd uses gamma = 1e-3 everywhere (1/L of the first problem; 1/L = 1e-4 on the second, so gd "
                + "is not the stable-rate optimum there); base adam uses its defaults (lr 1e-3).\n");
        progress.phase("options", FLIPS.size() * bases.size());
        for (Map<String, String> base : bases) {
            md.append("\n### base ").append(base.get("base")).append(base.containsKey("gamma") ? " gamma=1e-3" : "")
                    .append("\n\n| option | rq c=1e3 | rq c=1e4 | rosenbrock | linear-regression |\n")
                    .append("|---|---|---|---|---|\n");
            for (String[] flip : FLIPS) {
                Map<String, String> p = new LinkedHashMap<>(base);
                if (flip.length > 0) {
                    p.put(flip[0], flip[1]);
                }
                md.append("| ").append(flip.length == 0 ? "defaults" : flip[0] + "=" + flip[1]);
                for (Case c : cases) {
                    md.append(" | ").append(run(c.problem, c.params, "plan", p, targetRules()).cell());
                }
                md.append(" |\n");
                progress.done(String.join("=", flip));
            }
        }
    }

    // ---------------------------------------------------------------- 4. targets

    private void targets() throws IOException {
        md.append("\n## 4. Targets T0 and T1 (deterministic problems)\n\nrotated-quadratic: medians over problem "
                + "seeds 1, 2, 3 of the gradient evaluations to error 1e-6 (budget " + BUDGET + "; a run that "
                + "misses counts as the budget); `nesterov` is given the true L = condition and mu = 1. "
                + "`plan` at its defaults (on an exact oracle: gd with the guarded secant step, gamma = 1e-3 only "
                + "for the first step) unless the line below names other parameters; \"+ f\": its median function "
                + "evaluations (the secant guard's and the safeguard's). T0: no run of `plan` ends non-finite. T1: "
                + "`plan` reaches 1e-6 within the budget and within 2x Nesterov.\n\n"
                + "| problem | plan (defaults) | + f | plan statuses | nesterov (L, mu) | plan / nesterov | gd 1/L "
                + "| adam | csawg K=10 gamma=1/L | T0 | T1 |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        progress.phase("targets", 6 + 3);
        for (int d : new int[] {50, 1000}) {
            for (double c : new double[] {1e2, 1e3, 1e4}) {
                String cond = str(c);
                Map<String, String> gammaL = Map.of("gamma", str(1 / c));
                long[] plan = new long[3];
                long[] planF = new long[3];
                long[] nesterov = new long[3];
                long[] gd = new long[3];
                long[] adam = new long[3];
                long[] csawg = new long[3];
                StringBuilder statuses = new StringBuilder();
                boolean finite = true;
                for (int seed = 1; seed <= 3; seed++) {
                    Map<String, String> pp = Map.of("dimension", Integer.toString(d), "condition", cond, "seed",
                            Integer.toString(seed));
                    Outcome p = run(RQ, pp, "plan", selection.plan(), targetRules());
                    finite &= p.result.status() != Status.DIVERGED;
                    statuses.append(seed == 1 ? "" : ", ").append(p.result.status().label());
                    plan[seed - 1] = p.evalsOrBudget();
                    planF[seed - 1] = p.result.funcEvals();
                    nesterov[seed - 1] = run(RQ, pp, "nesterov", Map.of("lipschitz", cond, "mu", "1"), targetRules())
                            .evalsOrBudget();
                    gd[seed - 1] = run(RQ, pp, "gd", gammaL, targetRules()).evalsOrBudget();
                    adam[seed - 1] = run(RQ, pp, "adam", Map.of(), targetRules()).evalsOrBudget();
                    csawg[seed - 1] = run(RQ, pp, "csawg", with(gammaL, "horizon", "10"), targetRules())
                            .evalsOrBudget();
                }
                long mp = median(plan);
                long mn = median(nesterov);
                boolean t1 = mp < BUDGET && mp <= 2 * mn;
                md.append(String.format(Locale.ROOT,
                        "| rq d=%d c=%s | %d | %d | %s | %d | %.2f | %d | %d | %d | %s | %s |%n",
                        d, cond, mp, median(planF), statuses, mn, (double) mp / mn, median(gd), median(adam),
                        median(csawg),
                        finite ? "met" : "MISSED", t1 ? "met" : "missed"));
                progress.done("d=" + d + " c=" + cond);
            }
        }
        for (String problem : List.of("rosenbrock", "quadratic-paper", "linear-regression")) {
            Outcome p = run(problem, Map.of(), "plan", selection.plan(), targetRules());
            String nesterov = problem.equals("quadratic-paper")
                    ? run(problem, Map.of(), "nesterov", Map.of("lipschitz", "1000", "mu", "1"), targetRules()).cell()
                    : "n/a (L, mu not given)";
            md.append("| ").append(problem).append(" | ").append(p.cell()).append(" | | ")
                    .append(p.result.status().label()).append(" | ").append(nesterov).append(" | | ")
                    .append(problem.equals("quadratic-paper") ? run(problem, Map.of(), "gd", Map.of("gamma",
                            "0.001"), targetRules()).cell() : "")
                    .append(" | ").append(run(problem, Map.of(), "adam", Map.of(), targetRules()).cell())
                    .append(" | | ").append(p.result.status() != Status.DIVERGED ? "met" : "MISSED").append(" | |\n");
            progress.done(problem);
        }
        curves();
    }

    private void curves() throws IOException {
        Map<String, String> pp = Map.of();
        List<Series> series = new ArrayList<>();
        record Curve(String label, String method, Map<String, String> params, java.awt.Color colour) {
        }
        List<Curve> curves = List.of(
                new Curve("plan (defaults: gd, secant step)", "plan", Map.of(), Palette.CSAUG),
                new Curve("plan over adam lr 1e-3, fixed step", "plan", Map.of("base", "adam", "base_step", "fixed"),
                        Palette.HEAVY_BALL),
                new Curve("plan over gd gamma=1/L, fixed step", "plan", Map.of("base", "gd", "gamma", str(GAMMA),
                        "base_step", "fixed"), Palette.CSAWG),
                new Curve("adam lr 1e-3", "adam", Map.of(), Palette.ADAM),
                new Curve("nesterov (true L, mu)", "nesterov", Map.of("lipschitz", "1000", "mu", "1"),
                        Palette.NESTEROV),
                new Curve("gd gamma=1/L", "gd", Map.of("gamma", str(GAMMA)), Palette.GD),
                new Curve("csawg K=10 gamma=1/L", "csawg", Map.of("gamma", str(GAMMA), "horizon", "10"),
                        Palette.RMSPROP));
        for (Curve c : curves) {
            DoubleStream.Builder xs = DoubleStream.builder();
            DoubleStream.Builder ys = DoubleStream.builder();
            run(RQ, pp, c.method, c.params, targetRules(), each(it -> {
                xs.add(it.gradEvals());
                ys.add(it.loss());
            }));
            double[] x = xs.build().toArray();
            double[] y = ys.build().toArray();
            series.add(Decimate.series(new Series(c.label, x, y, Look.line(c.colour)), 1000));
        }
        write(Plot.of("loss vs gradient evaluations, rotated-quadratic d=50 condition 1000", "grad_evals",
                "gradient evaluations", "loss", "loss f(w) - f*", true, series), "loss-rotated-quadratic");
        md.append("\n![loss vs evaluations](loss-rotated-quadratic.png)\n");
    }

    // ---------------------------------------------------------------- helpers

    private record Outcome(Result result) {
        String statusText() {
            return result.status().label() + " at k=" + result.iterations();
        }

        long evalsOrBudget() {
            return result.status() == Status.TARGET_REACHED ? result.gradEvals() : BUDGET;
        }

        String cell() {
            if (result.status() == Status.TARGET_REACHED || result.status() == Status.CONVERGED) {
                return result.gradEvals() + (result.funcEvals() > 0 ? " (+" + result.funcEvals() + " f)" : "");
            }
            return result.status().label() + " (err " + fmt(result.error()) + ", " + result.gradEvals() + " g)";
        }
    }

    private static StoppingRules targetRules() {
        return new StoppingRules(Long.MAX_VALUE, BUDGET, TARGET_ERROR, Double.NaN, true);
    }

    /** One run; the result keeps no trace (listeners see every iteration). */
    private static Outcome run(String problem, Map<String, String> problemParams, String method,
                               Map<String, String> params, StoppingRules rules, RunListener... listeners) {
        return new Outcome(Experiment.execute(new RunSpec(problem, problemParams, null, method, params, rules,
                RunSpec.DEFAULT_SEED), TraceMemory.NONE, listeners).result());
    }

    private static RunListener each(Consumer<Iteration> action) {
        return new RunListener() {
            @Override
            public void onIteration(Iteration iteration) {
                action.accept(iteration);
            }
        };
    }

    private void write(Plot plot, String name) throws IOException {
        files.addAll(ChartFiles.write(plot, out, name, force));
    }

    private static Map<String, String> with(Map<String, String> base, String... kv) {
        Map<String, String> m = new LinkedHashMap<>(base);
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    private static long median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static String str(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e6 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
