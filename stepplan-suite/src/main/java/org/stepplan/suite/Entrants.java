package org.stepplan.suite;

import java.util.List;
import java.util.Set;

/**
 * The benchmark's methods and their grids. Methods with a step size that must be chosen by the user are tried over
 * a decade grid and the suite's best setting is used ({@link Selection}); methods that choose their own steps run at
 * their defaults. Planning gets the same treatment as gradient descent (the same gamma grid), nothing more.
 *
 * <pre>
 * lbfgs                        defaults (m = 10)                                   quasi-Newton
 * cm3-cg-pr, cm3-cg-fr         defaults, max_evals = budget                        conjugate gradient (external)
 * cm3-nelder-mead              defaults, max_evals = budget                        direct search (external)
 * gd                           gamma in {1e-4, 1e-3, 1e-2, 1e-1}                   gradient descent
 * nesterov-schedule            L in {1e1, 1e2, 1e3, 1e4} (step 1/L)                accelerated gradient
 * adam                         lr in {1e-3, 1e-2, 1e-1}                            adaptive
 * csawg, csaug                 gamma in {1e-4, 1e-3, 1e-2}, K, P, M at defaults    step-size planning
 * </pre>
 */
public final class Entrants {

    /** Every family, in report order. */
    public static final List<String> FAMILIES = List.of("quasi-Newton", "conjugate gradient", "direct search",
            "gradient descent", "accelerated gradient", "adaptive", "step-size planning");

    private Entrants() {
    }

    /** The default entrants for an evaluation budget of {@code budget}. */
    public static List<Entrant> defaults(long budget) {
        return List.of(
                Entrant.atDefaults("lbfgs", "quasi-Newton"),
                Entrant.peer("cm3-cg-pr", "conjugate gradient", budget),
                Entrant.peer("cm3-cg-fr", "conjugate gradient", budget),
                Entrant.peer("cm3-nelder-mead", "direct search", budget),
                Entrant.over("gd", "gradient descent", "gamma", "1e-4", "1e-3", "1e-2", "1e-1"),
                Entrant.over("nesterov-schedule", "accelerated gradient", "lipschitz", "1e1", "1e2", "1e3", "1e4"),
                Entrant.over("adam", "adaptive", "lr", "1e-3", "1e-2", "1e-1"),
                Entrant.over("csawg", "step-size planning", "gamma", "1e-4", "1e-3", "1e-2"),
                Entrant.over("csaug", "step-size planning", "gamma", "1e-4", "1e-3", "1e-2"));
    }

    /**
     * The default entrants restricted to {@code methods}, in the default order.
     *
     * @throws IllegalArgumentException for a name that is not a default entrant
     */
    public static List<Entrant> only(long budget, Set<String> methods) {
        List<Entrant> all = defaults(budget);
        for (String m : methods) {
            if (all.stream().noneMatch(e -> e.method().equals(m))) {
                throw new IllegalArgumentException("--methods: '" + m + "' is not a benchmark method; known: "
                        + String.join(", ", all.stream().map(Entrant::method).toList()));
            }
        }
        return all.stream().filter(e -> methods.contains(e.method())).toList();
    }
}
