package org.stepplan.paper.claims;

/**
 * How our measurement compares with a claim of the paper. The rules are stated once, here and in the report, and
 * every row's verdict is computed by one of them from measured values.
 */
public enum Verdict {
    REPRODUCED("reproduced"),
    CLOSE("close"),
    NOT_REPRODUCED("not reproduced"),
    CITED("cited, not measured");

    /** Relative difference up to which an approximate value counts as reproduced. */
    public static final double TIGHT = 0.10;
    /** Relative difference up to which an approximate value counts as close. */
    public static final double LOOSE = 0.50;

    /** The rules, as the report states them. */
    public static final String RULES = """
            - **Exact counts** the paper states (iterations, gradient evaluations): *reproduced* when equal, \
            *close* when within 10%, else *not reproduced*.
            - **Approximate values** (speed-up ratios, rates, peaks, "about N"): *reproduced* within 10% of the \
            paper's value, *close* within 50%, else *not reproduced*. A rate 1 - c is compared through c.
            - **Bounds** ("in less than N"): *reproduced* when met, *close* when missed by at most 10%, else \
            *not reproduced*.
            - **Qualitative statements**: the row states a measurable criterion with one or more parts; \
            *reproduced* when every part holds, *close* when some hold, *not reproduced* when none does.
            - **Literature figures** the paper quotes without measuring them: *cited, not measured*.""";

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Rule for an exact count. */
    static Verdict count(double paper, double ours) {
        if (ours == paper) {
            return REPRODUCED;
        }
        return relative(paper, ours) <= TIGHT ? CLOSE : NOT_REPRODUCED;
    }

    /** Rule for an approximate value. */
    static Verdict approx(double paper, double ours) {
        double d = relative(paper, ours);
        return d <= TIGHT ? REPRODUCED : d <= LOOSE ? CLOSE : NOT_REPRODUCED;
    }

    /** Rule for a bound "less than {@code bound}". */
    static Verdict below(double bound, double ours) {
        return ours < bound ? REPRODUCED : ours <= bound * (1 + TIGHT) ? CLOSE : NOT_REPRODUCED;
    }

    /** Rule for a qualitative criterion of {@code parts} parts, {@code held} of which hold. */
    static Verdict criterion(int held, int parts) {
        return held == parts ? REPRODUCED : held > 0 ? CLOSE : NOT_REPRODUCED;
    }

    /** The least favourable of several verdicts (for a claim made about several runs at once). */
    static Verdict worst(Verdict... verdicts) {
        Verdict w = REPRODUCED;
        for (Verdict v : verdicts) {
            if (v.ordinal() > w.ordinal()) {
                w = v;
            }
        }
        return w;
    }

    /** |ours - paper| / |paper| (infinite when ours is not finite). */
    static double relative(double paper, double ours) {
        return Double.isFinite(ours) ? Math.abs(ours - paper) / Math.abs(paper) : Double.POSITIVE_INFINITY;
    }
}
