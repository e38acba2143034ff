package org.stepplan.paper.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.stepplan.paper.claims.ClaimRow;
import org.stepplan.paper.claims.Verdict;
import org.stepplan.paper.figures.Figure;
import org.stepplan.paper.runs.Measured;

/**
 * Everything the report shows. Only {@link #environment()}, {@link #command()} and {@link #wallSeconds()} depend on
 * the machine or the invocation; they go in the report's last section, which the determinism tests leave out.
 *
 * @param figures     the figures drawn, with their panels
 * @param rows        the claims with our findings, in the paper's order
 * @param runs        every run performed, in request order
 * @param command     the exact command line
 * @param environment the machine and versions
 * @param wallSeconds the wall time of the whole reproduction
 * @param svg         whether each panel was also written as SVG
 */
public record Report(List<Drawn> figures, List<ClaimRow> rows, List<Measured> runs, String command,
              Map<String, String> environment, double wallSeconds, boolean svg) {

    /** The heading of the machine-dependent last section. */
    public static final String ENVIRONMENT_HEADING = "Run environment";

    /**
     * A figure with its drawn panels.
     *
     * @param figure the figure
     * @param panels its panels, as written
     */
    public record Drawn(Figure figure, List<Figure.Panel> panels) {
    }

    /** How many rows have each verdict. */
    public Map<Verdict, Integer> tally() {
        Map<Verdict, Integer> t = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            t.put(v, 0);
        }
        rows.forEach(r -> t.merge(r.finding().verdict(), 1, Integer::sum));
        return t;
    }
}
