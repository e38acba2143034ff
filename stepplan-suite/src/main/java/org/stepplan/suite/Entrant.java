package org.stepplan.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stepplan.methods.Methods;

/**
 * A method in the benchmark with the grid of settings it is tried over (a grid of one: its defaults).
 *
 * @param method the registered method
 * @param family the family its verdict is given for
 * @param grid   the settings tried; the best of them per suite is chosen by {@link Selection}'s rule
 */
public record Entrant(String method, String family, List<Setting> grid) {

    public Entrant {
        Methods.get(method); // an unknown method fails here, naming the known ones
        grid = List.copyOf(grid);
        if (grid.isEmpty()) {
            throw new IllegalArgumentException("the grid of " + method + " is empty");
        }
        for (Setting s : grid) {
            Methods.configure(s.method(), s.params()); // every setting is valid
        }
    }

    /** The method at its defaults. */
    static Entrant atDefaults(String method, String family) {
        return new Entrant(method, family, List.of(new Setting(method, Map.of())));
    }

    /** The method over {@code param} in {@code values}, its other parameters at their defaults. */
    static Entrant over(String method, String family, String param, String... values) {
        List<Setting> grid = new ArrayList<>();
        for (String v : values) {
            grid.add(new Setting(method, Map.of(param, v)));
        }
        return new Entrant(method, family, grid);
    }

    /** The commons-math3 peer {@code method} with its single call's budget set to the benchmark's. */
    static Entrant peer(String method, String family, long budget) {
        return new Entrant(method, family, List.of(new Setting(method, Map.of("max_evals", Long.toString(budget)))));
    }
}
