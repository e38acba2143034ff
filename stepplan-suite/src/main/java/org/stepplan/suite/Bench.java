package org.stepplan.suite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark without its files: the runs to make, and what their trials say per suite (the chosen setting of
 * every method, the profiles, the verdicts). Running the jobs (in parallel) and writing files is the caller's.
 */
public final class Bench {

    /**
     * What one suite's trials say.
     *
     * @param suite       the suite
     * @param problems    its problems, in order
     * @param chosen      each method's chosen setting with its trials, in entrant order
     * @param performance the performance profiles
     * @param data        the data profiles
     * @param verdicts    the verdict per family
     */
    public record SuiteResult(String suite, List<BenchProblem> problems, List<Selection.Chosen> chosen,
                              List<Profiles.Curve> performance, List<Profiles.Curve> data,
                              List<Verdicts.Verdict> verdicts) {
    }

    private Bench() {
    }

    /** Every (problem, setting) pair, problems outermost, in a fixed order. */
    public static List<Job> jobs(List<BenchProblem> problems, List<Entrant> entrants, long budget, double tol) {
        if (budget < 1) {
            throw new IllegalArgumentException("--budget must be >= 1, got " + budget);
        }
        if (!(tol > 0 && tol < 1)) {
            throw new IllegalArgumentException("--tol must be in (0, 1), got " + tol);
        }
        List<Job> jobs = new ArrayList<>();
        for (BenchProblem p : problems) {
            for (Entrant e : entrants) {
                for (Setting s : e.grid()) {
                    jobs.add(new Job(p, s, budget, tol));
                }
            }
        }
        return jobs;
    }

    /**
     * The trials with f* filled in where the problem has none published: Moré and Wild's f_L, the least value any
     * trial of that problem reached (so on such a problem the best run always solves it).
     */
    public static List<Trial> withOptimalValues(List<Trial> trials) {
        Map<BenchProblem, Double> least = new LinkedHashMap<>();
        for (Trial t : trials) {
            if (t.problem().publishedOptimum().isEmpty() && t.evaluations() > 0) {
                least.merge(t.problem(), t.bestSoFar()[t.evaluations() - 1], Math::min);
            }
        }
        return trials.stream().map(t -> least.containsKey(t.problem()) ? t.withOptimalValue(least.get(t.problem()))
                : t).toList();
    }

    /**
     * The results per suite (in the order the suites first appear) from the trials of {@link #jobs}, after
     * {@link #withOptimalValues}.
     */
    public static List<SuiteResult> assess(List<Trial> trials, List<Entrant> entrants, long budget) {
        Map<String, List<Trial>> bySuite = new LinkedHashMap<>();
        for (Trial t : trials) {
            bySuite.computeIfAbsent(t.problem().suite(), k -> new ArrayList<>()).add(t);
        }
        List<SuiteResult> results = new ArrayList<>();
        bySuite.forEach((suite, list) -> {
            List<BenchProblem> problems = list.stream().map(Trial::problem).distinct().toList();
            List<Selection.Chosen> chosen = Selection.choose(entrants, list, budget);
            results.add(new SuiteResult(suite, problems, chosen, Profiles.performance(chosen),
                    Profiles.data(chosen, budget), Verdicts.of(chosen)));
        });
        return results;
    }
}
