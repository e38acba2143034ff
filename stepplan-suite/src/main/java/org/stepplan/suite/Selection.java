package org.stepplan.suite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule that picks one setting per method and suite from its grid: the setting that solves the most problems of
 * the suite; ties go to the smaller total evaluations over the suite's problems, an unsolved problem counting the
 * whole budget; remaining ties to the earlier setting of the grid. One setting serves the whole suite (no per-problem
 * tuning), and the grid's size is reported beside it.
 */
public final class Selection {

    private Selection() {
    }

    /**
     * The chosen setting's trials of one method on one suite.
     *
     * @param entrant  the method and its grid
     * @param setting  the chosen setting
     * @param trials   its trials, in problem order
     */
    public record Chosen(Entrant entrant, Setting setting, List<Trial> trials) {

        /** Problems solved. */
        public int solved() {
            return (int) trials.stream().filter(Trial::solved).count();
        }

        /** The setting as the report shows it: its label and, for a grid, "best of N". */
        public String describe() {
            int n = entrant.grid().size();
            return n == 1 ? setting.label() : setting.label() + " (best of " + n + ")";
        }
    }

    /**
     * For each entrant (in order), its chosen setting on the problems of {@code trials} (all of one suite, for every
     * setting of every entrant, in problem order).
     */
    public static List<Chosen> choose(List<Entrant> entrants, List<Trial> trials, long budget) {
        List<Chosen> chosen = new ArrayList<>();
        for (Entrant e : entrants) {
            Map<Setting, List<Trial>> bySetting = new LinkedHashMap<>();
            e.grid().forEach(s -> bySetting.put(s, new ArrayList<>()));
            for (Trial t : trials) {
                List<Trial> list = bySetting.get(t.setting());
                if (list != null) {
                    list.add(t);
                }
            }
            Setting best = null;
            Comparator<Setting> rule = Comparator
                    .comparingLong((Setting s) -> -solved(bySetting.get(s)))
                    .thenComparingLong(s -> totalEvaluations(bySetting.get(s), budget));
            for (Setting s : e.grid()) { // strict improvement only: ties keep the earlier setting
                if (best == null || rule.compare(s, best) < 0) {
                    best = s;
                }
            }
            chosen.add(new Chosen(e, best, bySetting.get(best)));
        }
        return chosen;
    }

    private static long solved(List<Trial> trials) {
        return trials.stream().filter(Trial::solved).count();
    }

    private static long totalEvaluations(List<Trial> trials, long budget) {
        return trials.stream().mapToLong(t -> t.solved() ? t.evaluationsToSolve() : budget).sum();
    }
}
