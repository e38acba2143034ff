package org.stepplan.cli;

/**
 * Which step-size columns a CSV trace has ({@code --trace-step-sizes all|none|N}): one per step size when the method
 * has at most {@code limit} of them, else the summary min, mean, max and count of negatives; none at all for
 * {@code none}. The default limit is {@value #DEFAULT_LIMIT}.
 *
 * @param limit per-component columns up to this many step sizes (&gt;= 0); -1 for no step-size column
 */
public record StepSizeColumns(int limit) {

    /** Per-component columns up to this many step sizes by default. */
    public static final int DEFAULT_LIMIT = 20;

    /** The default: per component up to {@value #DEFAULT_LIMIT}, summary above. */
    public static final StepSizeColumns DEFAULT = new StepSizeColumns(DEFAULT_LIMIT);

    /** Which columns a method with a given number of step sizes gets. */
    public enum Kind {
        /** no step-size column. */
        NONE,
        /** one column {@code step_size}. */
        ONE,
        /** one column per step size. */
        EACH,
        /** min, mean, max, negatives. */
        SUMMARY
    }

    public StepSizeColumns {
        if (limit < -1) {
            throw new IllegalArgumentException("trace-step-sizes limit must be >= 0, got " + limit);
        }
    }

    /**
     * Parses {@code all}, {@code none} or a limit N &gt;= 0.
     *
     * @throws IllegalArgumentException naming the bad value
     */
    public static StepSizeColumns parse(String text) {
        if (text.equals("all")) {
            return new StepSizeColumns(Integer.MAX_VALUE);
        }
        if (text.equals("none")) {
            return new StepSizeColumns(-1);
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= 0) {
                return new StepSizeColumns(n);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--trace-step-sizes must be all, none or a count >= 0, got '" + text + "'");
    }

    /** The columns of a method with {@code count} step sizes. */
    public Kind kind(int count) {
        if (limit < 0 || count == 0) {
            return Kind.NONE;
        }
        if (count == 1) {
            return Kind.ONE;
        }
        return count <= limit ? Kind.EACH : Kind.SUMMARY;
    }
}
