package org.stepplan.paper.claims;

import static org.stepplan.paper.runs.Metrics.fmt;
import static org.stepplan.paper.runs.PaperMethod.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stepplan.paper.runs.Metrics;
import org.stepplan.paper.runs.PaperRuns;
import org.stepplan.paper.runs.RunRequest;
import org.stepplan.paper.runs.Runs;
import org.stepplan.run.Result;

/** Claims of Section 4 about Figure 9: heavy ball, RMSprop and Adam against GD and planning. */
final class ComparisonClaims {

    /** The comparisons count gradient evaluations until the error is at most this. */
    static final double TARGET = 1e-3;
    /** Runs are compared at this many gradient evaluations. */
    static final long EVALS = PaperRuns.ITERATIONS;
    /** "Much faster": at most this share of the evaluations. */
    static final double MUCH = 0.5;
    /** RMSprop's speed-up over GD is measured every this many evaluations. */
    static final long CHECKPOINT = 1_000;
    /** A speed-up at least this large is significant. */
    static final double SIGNIFICANT = 10;
    /** Oscillation: the error rises in at least this share of iterations after reaching the target. */
    static final double OSCILLATES = 0.01;

    private ComparisonClaims() {
    }

    static List<Claim> all() {
        return List.of(heavyBallFaster(), heavyBallOscillates(), rmspropInsignificant(), adamBetween(),
                planningFasterThanHeavyBall(), planningDoesNotOscillate());
    }

    private static Claim heavyBallFaster() {
        List<RunRequest> runs = new ArrayList<>(PaperRuns.heavyBallGrid());
        RunRequest gd = PaperRuns.gd(0.001);
        RunRequest csawg = PaperRuns.csawg(0.001, 2);
        runs.add(gd);
        runs.add(csawg);
        return new Claim("fig9-heavy-ball-faster", "9", "§4, Fig. 9",
                "heavy ball algorithms are much faster than GD and Csawg with single-step planning",
                "much faster", runs, done -> {
                    double g = Metrics.evalsTo(done.get(gd).result(), TARGET);
                    double c = Metrics.evalsTo(done.get(csawg).result(), TARGET);
                    int held = 0;
                    List<String> parts = new ArrayList<>();
                    Map<String, Double> values = Metrics.values("gd.gradEvals", g, "csawg.gradEvals", c);
                    for (double momentum : PaperRuns.HEAVY_BALL_P) {
                        double h = Metrics.evalsTo(done.get(PaperRuns.heavyBall(momentum)).result(), TARGET);
                        held += (h <= MUCH * g ? 1 : 0) + (h <= MUCH * c ? 1 : 0);
                        String p = text(momentum);
                        parts.add("heavy ball p=" + p + " " + fmt(h));
                        values.put("p" + p + ".gradEvals", h);
                    }
                    return new Claim.Finding("evaluations to 1e-3: " + String.join(", ", parts) + "; GD " + fmt(g)
                            + ", Csawg K2 " + fmt(c), Verdict.criterion(held, 4), "Criterion: each heavy ball needs "
                            + "at most half the gradient evaluations of GD γ=0.001 and of Csawg K2 γ=0.001 to reach "
                            + "error 1e-3 (4 parts).", values);
                });
    }

    private static Claim heavyBallOscillates() {
        RunRequest hb = PaperRuns.heavyBall(0.9);
        return new Claim("fig9-heavy-ball-oscillates", "9", "§4, Fig. 9",
                "a large momentum rate p inevitably leads to oscillation around the minimum in the end",
                "oscillates (p = 0.9)", List.of(hb), done -> {
                    Result r = done.get(hb).result();
                    double share = Metrics.riseShare(r, TARGET);
                    return new Claim.Finding("error rises in " + Metrics.pct(share) + " of iterations after 1e-3"
                            + (r.firstZeroError() == null ? "" : "; exactly 0 at k = "
                            + fmt(r.firstZeroError().iterations())), Verdict.criterion(share >= OSCILLATES ? 1 : 0,
                            1), "Criterion: after heavy ball p=0.9 first reaches error 1e-3, its error rises in at "
                            + "least 1% of the iterations.", Metrics.values("riseShare", share));
                });
    }

    private static Claim rmspropInsignificant() {
        List<RunRequest> runs = new ArrayList<>(PaperRuns.rmspropGrid());
        RunRequest gd = PaperRuns.gd(0.001);
        runs.add(gd);
        return new Claim("fig9-rmsprop", "9", "§4, Fig. 9",
                "One RMSprop was faster than GD, but the speedup is insignificant", "faster, insignificantly",
                runs, done -> {
                    Result g = done.get(gd).result();
                    double best = 0;
                    long bestAt = 0;
                    String bestLabel = null;
                    for (RunRequest r : PaperRuns.rmspropGrid()) {
                        Result rms = done.get(r).result();
                        for (long t = CHECKPOINT; t <= EVALS; t += CHECKPOINT) {
                            double speedUp = Metrics.errorAt(g, t) / Metrics.errorAt(rms, t);
                            if (speedUp > best) {
                                best = speedUp;
                                bestAt = t;
                                bestLabel = r.label();
                            }
                        }
                    }
                    int held = (best > 1 ? 1 : 0) + (best < SIGNIFICANT ? 1 : 0);
                    return new Claim.Finding("largest speed-up " + fmt(best) + "× (" + bestLabel + " at " + fmt(bestAt)
                            + " evaluations)", Verdict.criterion(held, 2), "Speed-up as the paper defines it (GD "
                            + "γ=0.001's error over RMSprop's at the same evaluations), at every 1,000 evaluations up "
                            + "to " + fmt(EVALS) + ", over the grid. Criterion: it exceeds 1 somewhere (faster, 1 "
                            + "part) but stays below 10 (insignificant next to Csawg's 133–400×, 1 part).",
                            Metrics.values("speedUp", best, "gradEvals", bestAt));
                });
    }

    private static Claim adamBetween() {
        List<RunRequest> runs = new ArrayList<>(PaperRuns.adamGrid());
        runs.addAll(PaperRuns.heavyBallGrid());
        runs.addAll(PaperRuns.rmspropGrid());
        runs.add(PaperRuns.gd(0.001));
        return new Claim("fig9-adam-between", "9", "§4, Fig. 9",
                "ADAM lines (in blue and black) are in the middle of these two category of algorithms",
                "between heavy ball and GD/RMSprop", runs, done -> {
                    double adam = best(done, PaperRuns.adamGrid());
                    double hb = best(done, PaperRuns.heavyBallGrid());
                    List<RunRequest> slow = new ArrayList<>(PaperRuns.rmspropGrid());
                    slow.add(PaperRuns.gd(0.001));
                    double other = best(done, slow);
                    int held = (adam > hb ? 1 : 0) + (adam < other ? 1 : 0);
                    return new Claim.Finding("evaluations to 1e-3: best heavy ball " + fmt(hb) + ", best Adam "
                            + fmt(adam) + ", best of GD/RMSprop " + fmt(other), Verdict.criterion(held, 2),
                            "Criterion: the best Adam of the grid needs more evaluations to reach error 1e-3 than "
                            + "the best heavy ball (1 part) and fewer than the best of GD and RMSprop (1 part).",
                            Metrics.values("adam.gradEvals", adam, "heavyBall.gradEvals", hb, "gdRmsprop.gradEvals",
                                    other));
                });
    }

    private static Claim planningFasterThanHeavyBall() {
        List<RunRequest> runs = new ArrayList<>(List.of(PaperRuns.csaug(2), PaperRuns.csaug(10)));
        runs.addAll(PaperRuns.heavyBallGrid());
        return new Claim("fig9-planning-faster", "9", "§4, Fig. 9",
                "Csawg algorithm with multiple steps of planning is even faster than heavy ball", "faster", runs,
                done -> {
                    double hb = bestTo(done, PaperRuns.heavyBallGrid(), 1e-6);
                    double k2 = Metrics.evalsTo(done.get(PaperRuns.csaug(2)).result(), 1e-6);
                    double k10 = Metrics.evalsTo(done.get(PaperRuns.csaug(10)).result(), 1e-6);
                    int held = (k2 < hb ? 1 : 0) + (k10 < hb ? 1 : 0);
                    return new Claim.Finding("evaluations to 1e-6: Csaug K2 " + fmt(k2) + ", K10 " + fmt(k10)
                            + "; best heavy ball " + fmt(hb), Verdict.criterion(held, 2), "Criterion: Csaug K2 and "
                            + "K10 each reach error 1e-6 in fewer gradient evaluations than the best heavy ball (2 "
                            + "parts).", Metrics.values("K2.gradEvals", k2, "K10.gradEvals", k10,
                            "heavyBall.gradEvals", hb));
                });
    }

    private static Claim planningDoesNotOscillate() {
        List<RunRequest> runs = List.of(PaperRuns.csaug(2), PaperRuns.csaug(10), PaperRuns.heavyBall(0.9));
        return new Claim("fig9-planning-no-oscillation", "9", "§4, Fig. 9",
                "the algorithm did not have an oscillation like heavy ball", "no oscillation", runs, done -> {
                    double k2 = Metrics.riseShare(done.get(runs.get(0)).result(), TARGET);
                    double k10 = Metrics.riseShare(done.get(runs.get(1)).result(), TARGET);
                    double hb = Metrics.riseShare(done.get(runs.get(2)).result(), TARGET);
                    int held = (k2 == 0 ? 1 : 0) + (k10 == 0 ? 1 : 0);
                    return new Claim.Finding("error rises after 1e-3: Csaug K2 " + Metrics.pct(k2) + ", K10 "
                            + Metrics.pct(k10) + " of iterations (heavy ball p=0.9: " + Metrics.pct(hb) + ")",
                            Verdict.criterion(held, 2), "Criterion: after Csaug K2 and K10 first reach error 1e-3 "
                            + "their error never rises (2 parts).", Metrics.values("K2.riseShare", k2,
                            "K10.riseShare", k10, "heavyBall.riseShare", hb));
                });
    }

    private static double best(Runs done, List<RunRequest> runs) {
        return bestTo(done, runs, TARGET);
    }

    private static double bestTo(Runs done, List<RunRequest> runs, double target) {
        double best = Double.POSITIVE_INFINITY;
        for (RunRequest r : runs) {
            best = Math.min(best, Metrics.evalsTo(done.get(r).result(), target));
        }
        return best;
    }
}
