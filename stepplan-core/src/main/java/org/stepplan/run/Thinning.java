package org.stepplan.run;

/**
 * Which rows of a run a trace keeps: row 0, the rows at iterations that are multiples of {@code every}, every row
 * with an event (such as {@code plan}) and the last row (of a diverged run: the last finite one). A sink learns which
 * row was last only when the run has stopped, so it holds the latest row it skipped until the next kept row or the end
 * ({@link ThinnedListener}).
 *
 * @param every keep iterations that are multiples of this (&gt;= 1; 1 keeps every row)
 */
public record Thinning(long every) {

    /** Every row. */
    public static final Thinning EVERY_ROW = new Thinning(1);

    public Thinning {
        if (every < 1) {
            throw new IllegalArgumentException("trace-every must be >= 1, got " + every);
        }
    }

    /** Rows at multiples of {@code n} (plus row 0, event rows and the last row). */
    public static Thinning every(long n) {
        return new Thinning(n);
    }

    /** Whether the row of {@code iteration} is kept whatever comes after it. */
    public boolean keeps(Iteration iteration) {
        return iteration.iteration() % every == 0 || !iteration.event().isEmpty();
    }
}
