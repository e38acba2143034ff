package org.stepplan.paper.claims;

import static org.stepplan.paper.runs.Metrics.fmt;

import java.util.List;
import org.stepplan.paper.runs.Metrics;

/** The literature figures the paper's conclusion quotes for Rosenbrock. */
final class LiteratureClaims {

    private LiteratureClaims() {
    }

    static List<Claim> all() {
        return List.of(nelderMead(), adaptiveCoordinateDescent());
    }

    private static Claim nelderMead() {
        return new Claim("nelder-mead", "7a", "§5",
                "The Nelder-Mead method (Nelder and Mead, 1965) … achieves 10^{-10} error after 185 function "
                        + "evaluations", "185 function evaluations", List.of(), done -> {
                    NelderMead nm = NelderMead.scipySimplex();
                    NelderMead unit = NelderMead.unitSimplex();
                    double value = count(nm.toValue());
                    double distance = count(nm.toDistance());
                    return new Claim.Finding(fmt(value) + " function evaluations", Verdict.approx(185, value),
                            "commons-math3 SimplexOptimizer + NelderMeadSimplex (default coefficients) from (-1, 0), "
                            + "SciPy's initial simplex (start ±5%, 0.00025 for a zero coordinate): first point with "
                            + "f(w) − f* ≤ 1e-10; ||w − w*|| ≤ 1e-10 after " + fmt(distance) + ". Approximate "
                            + "rule. (commons-math's default unit simplex hits (1, 1) exactly at evaluation "
                            + fmt(count(unit.toValue())) + ": its first reflection from (-1,0), (0,0), (0,1).)",
                            Metrics.values("toValue", value, "toDistance", distance, "unitSimplex.toValue",
                                    count(unit.toValue())));
                });
    }

    private static double count(long evaluations) {
        return evaluations < 0 ? Double.POSITIVE_INFINITY : evaluations;
    }

    private static Claim adaptiveCoordinateDescent() {
        return new Claim("adaptive-coordinate-descent", "7a", "§5",
                "Adaptive coordinate descent achieves the same error with about 325 function evaluations "
                        + "(Loshchilov et al., 2011)", "≈ 325 function evaluations", List.of(), done ->
                new Claim.Finding("—", Verdict.CITED, "Quoted by the paper from Loshchilov, Schoenauer and Sebag "
                        + "(GECCO 2011); not implemented here.", Metrics.values()));
    }
}
