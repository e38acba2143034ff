package org.stepplan.cli.reproduce;

/**
 * A claim with what we measured: one row of the report.
 *
 * @param claim   the paper's claim
 * @param finding our measurement and verdict
 */
public record ClaimRow(Claim claim, Claim.Finding finding) {

    /** Checks {@code claim} on the finished runs. */
    static ClaimRow check(Claim claim, Runs runs) {
        return new ClaimRow(claim, claim.check().evaluate(runs));
    }
}
