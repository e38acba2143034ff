package org.stepplan.suite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A plain verdict per method family on one suite, by a stated rule. A family is represented by its best member
 * (most problems solved, then the smaller median evaluations on the problems it solves); the suite's leader is the
 * best method by the same rule. The verdict says how many problems the family solves against the leader and, on the
 * problems both solve, the median ratio of their evaluations.
 */
public final class Verdicts {

    /**
     * One family's verdict.
     *
     * @param family the family
     * @param member its best member
     * @param text   the verdict
     */
    public record Verdict(String family, String member, String text) {
    }

    private Verdicts() {
    }

    /** The verdicts of the families present in {@code chosen}, in {@link Entrants#FAMILIES} order. */
    public static List<Verdict> of(List<Selection.Chosen> chosen) {
        Comparator<Selection.Chosen> rule = Comparator.comparingInt((Selection.Chosen c) -> -c.solved())
                .thenComparingDouble(Verdicts::medianEvaluations);
        Selection.Chosen leader = chosen.stream().min(rule).orElseThrow();
        int problems = leader.trials().size();
        List<Verdict> verdicts = new ArrayList<>();
        for (String family : Entrants.FAMILIES) {
            Selection.Chosen best = chosen.stream().filter(c -> c.entrant().family().equals(family)).min(rule)
                    .orElse(null);
            if (best == null) {
                continue;
            }
            String name = best.entrant().method();
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s (%s) solves %d of %d", name,
                    best.describe(), best.solved(), problems));
            if (best.solved() > 0) {
                b.append(String.format(Locale.ROOT, ", median %.0f evaluations", medianEvaluations(best)));
            }
            if (best == leader) {
                b.append("; best on this suite.");
            } else {
                double ratio = medianRatio(best, leader);
                int fewer = leader.solved() - best.solved();
                b.append(fewer > 0 ? String.format(Locale.ROOT, "; %d fewer than %s", fewer, leader.entrant().method())
                        : String.format(Locale.ROOT, "; as many as %s", leader.entrant().method()));
                b.append(Double.isNaN(ratio) ? ", no problem solved by both."
                        : String.format(Locale.ROOT, ", and %s on the problems both solve (median ratio %.2f).",
                                ratio > 1 ? "slower" : ratio < 1 ? "faster" : "as fast", ratio));
            }
            verdicts.add(new Verdict(family, name, b.toString()));
        }
        return verdicts;
    }

    /** The median evaluations to solve over the solved problems (+infinity when none). */
    public static double medianEvaluations(Selection.Chosen c) {
        return median(c.trials().stream().filter(Trial::solved).mapToDouble(Trial::evaluationsToSolve).toArray());
    }

    /** The median of evaluations(a) / evaluations(b) over the problems both solve (NaN when none). */
    static double medianRatio(Selection.Chosen a, Selection.Chosen b) {
        List<Double> ratios = new ArrayList<>();
        for (int p = 0; p < a.trials().size(); p++) {
            Trial ta = a.trials().get(p);
            Trial tb = b.trials().get(p);
            if (ta.solved() && tb.solved()) {
                ratios.add((double) ta.evaluationsToSolve() / tb.evaluationsToSolve());
            }
        }
        return ratios.isEmpty() ? Double.NaN : median(ratios.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
    }
}
