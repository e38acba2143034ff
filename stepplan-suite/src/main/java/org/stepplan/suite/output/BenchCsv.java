package org.stepplan.suite.output;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.stepplan.suite.Bench;
import org.stepplan.suite.Selection;
import org.stepplan.suite.Trial;

/**
 * The benchmark's tables as CSV. Numbers print with {@link Double#toString} (exact round trip); evaluations to solve
 * are empty for an unsolved run.
 */
final class BenchCsv {

    private BenchCsv() {
    }

    /**
     * {@code results.csv}: one row per run, {@code chosen} true for the setting the suite's rule picked (the one the
     * profiles and the report use).
     */
    static String results(List<Trial> trials, List<Bench.SuiteResult> results) {
        Set<Trial> chosen = new HashSet<>();
        for (Bench.SuiteResult r : results) {
            for (Selection.Chosen c : r.chosen()) {
                chosen.addAll(c.trials());
            }
        }
        StringBuilder b = new StringBuilder("suite,problem,dimension,method,setting,chosen,status,evaluations,"
                + "evaluations_to_solve,f0,f_star,final_gap,best_gap\n");
        for (Trial t : trials) {
            b.append(t.problem().suite()).append(',').append(t.problem().label()).append(',')
                    .append(t.problem().problem().dimension()).append(',').append(t.setting().method()).append(',')
                    .append(t.setting().label()).append(',').append(chosen.contains(t)).append(',')
                    .append(t.status()).append(',').append(t.evaluations()).append(',')
                    .append(t.solved() ? Integer.toString(t.evaluationsToSolve()) : "").append(',')
                    .append(t.f0()).append(',').append(t.fStar()).append(',')
                    .append(t.finalGap()).append(',').append(t.bestGap()).append('\n');
        }
        return b.toString();
    }

    /** {@code timing.csv}: each run's wall time (varies from run to run, unlike every other file). */
    static String timing(List<Trial> trials) {
        StringBuilder b = new StringBuilder("suite,problem,method,setting,wall_ms\n");
        for (Trial t : trials) {
            b.append(t.problem().suite()).append(',').append(t.problem().label()).append(',')
                    .append(t.setting().method()).append(',').append(t.setting().label()).append(',')
                    .append(String.format(Locale.ROOT, "%.3f", t.wallNanos() / 1e6)).append('\n');
        }
        return b.toString();
    }

    /**
     * {@code nist.csv}: per problem and chosen method, the correct digits of the best residual sum of squares and of
     * the last iterate's parameters against NIST's certified values.
     */
    static String nist(Bench.SuiteResult r) {
        StringBuilder b = new StringBuilder("problem,method,setting,digits_rss,digits_parameters\n");
        for (int p = 0; p < r.problems().size(); p++) {
            for (Selection.Chosen c : r.chosen()) {
                Trial t = c.trials().get(p);
                b.append(t.problem().label()).append(',').append(t.setting().method()).append(',')
                        .append(t.setting().label()).append(',')
                        .append(String.format(Locale.ROOT, "%.1f", t.digitsOfValue())).append(',')
                        .append(String.format(Locale.ROOT, "%.1f", t.digitsOfParameters())).append('\n');
            }
        }
        return b.toString();
    }
}
