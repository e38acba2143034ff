package org.stepplan.paper.claims;

import org.stepplan.paper.runs.Runs;

/**
 * A claim with what we measured: one row of the report.
 *
 * @param claim   the paper's claim
 * @param finding our measurement and verdict
 */
public record ClaimRow(Claim claim, Claim.Finding finding) {

    /** Checks {@code claim} on the finished runs. */
    public static ClaimRow check(Claim claim, Runs runs) {
        return new ClaimRow(claim, claim.check().evaluate(runs));
    }
}
