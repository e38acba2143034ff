package org.stepplan.run;

/**
 * Which rows a run keeps in memory for {@link Result#trace()}: none (the default: a run's memory is then the
 * optimizer's state plus O(d), whatever the number of iterations), or the rows a {@link Thinning} keeps, each with a
 * copy of every step size.
 *
 * @param keep     whether rows are kept at all
 * @param thinning which rows, when kept
 */
public record TraceMemory(boolean keep, Thinning thinning) {

    /** No in-memory trace. */
    public static final TraceMemory NONE = new TraceMemory(false, Thinning.EVERY_ROW);

    /** Every row. */
    public static final TraceMemory ALL = new TraceMemory(true, Thinning.EVERY_ROW);

    public TraceMemory {
        java.util.Objects.requireNonNull(thinning, "thinning");
    }

    /** The rows of {@link Thinning#every(long)}. */
    public static TraceMemory every(long n) {
        return new TraceMemory(true, Thinning.every(n));
    }
}
