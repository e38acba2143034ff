package org.stepplan.paper.claims;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.stepplan.paper.runs.RunRequest;
import org.stepplan.paper.runs.Runs;

/**
 * A numeric or checkable claim of the paper and how to check it.
 *
 * @param id     a short stable id, e.g. {@code fig7-k2}
 * @param figure the figure whose runs it uses (selects it under {@code --only})
 * @param where  the section or figure of the paper it comes from
 * @param quote  the claim, quoted from the paper
 * @param paper  the paper's value
 * @param runs   the runs it measures
 * @param check  computes our value and the verdict
 */
public record Claim(String id, String figure, String where, String quote, String paper, List<RunRequest> runs,
                    Check check) {

    /** Measures a claim on finished runs. */
    @FunctionalInterface
    public interface Check {
        Finding evaluate(Runs runs);
    }

    /**
     * What we measured for a claim.
     *
     * @param ours        our value, as text
     * @param verdict     computed by a {@link Verdict} rule
     * @param explanation one line: the rule or criterion and anything the reader must know
     * @param values      the measured numbers by name (machine-readable, in {@code claims.json})
     */
    public record Finding(String ours, Verdict verdict, String explanation, Map<String, Double> values) {

        public Finding {
            Objects.requireNonNull(verdict, "verdict");
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    public Claim {
        runs = List.copyOf(runs);
    }
}
