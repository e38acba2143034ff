package org.stepplan.paper.claims;

import java.util.ArrayList;
import java.util.List;

/** The registry of the paper's checkable claims, in the paper's order. */
public final class Claims {

    private Claims() {
    }

    /** Every claim. */
    public static List<Claim> all() {
        List<Claim> all = new ArrayList<>();
        all.addAll(QuadraticClaims.all());
        all.addAll(RosenbrockClaims.all());
        all.addAll(RepeatedPlanningClaims.all());
        all.addAll(ComparisonClaims.all());
        all.addAll(LiteratureClaims.all());
        return all;
    }
}
