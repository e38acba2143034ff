package org.stepplan.paper.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stepplan.experiment.Json;
import org.stepplan.paper.claims.Claim;
import org.stepplan.paper.claims.ClaimRow;
import org.stepplan.paper.runs.RunRequest;

/**
 * {@code claims.json}: every row of the report in machine-readable form (id, figure, where, quote, paper, ours,
 * verdict, explanation, the measured values by name, the {@code stepplan run} commands). A value that is not finite
 * ("never", "n/a") is null.
 */
public final class ClaimsJson {

    private ClaimsJson() {
    }

    public static void write(List<ClaimRow> rows, Writer out) throws IOException {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ClaimRow row : rows) {
            Claim c = row.claim();
            Claim.Finding f = row.finding();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("figure", c.figure());
            m.put("where", c.where());
            m.put("quote", c.quote());
            m.put("paper", c.paper());
            m.put("ours", f.ours());
            m.put("verdict", f.verdict().label());
            m.put("explanation", f.explanation());
            Map<String, Object> values = new LinkedHashMap<>();
            f.values().forEach((k, v) -> values.put(k, Double.isFinite(v) ? v : null));
            m.put("values", values);
            m.put("commands", c.runs().stream().map(RunRequest::command).toList());
            list.add(m);
        }
        out.write(Json.write(list));
        out.write('\n');
    }
}
