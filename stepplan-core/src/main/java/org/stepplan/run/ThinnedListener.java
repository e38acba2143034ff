package org.stepplan.run;

import java.util.Objects;

/**
 * A listener that receives only the rows of a {@link Thinning}: {@link #write} for each kept row as it comes, and, at
 * the end, the last row if the thinning skipped it. A skipped row is {@link #hold held} until the next kept row
 * replaces it or the run stops, when {@link #writeHeld} writes it: the trace always ends with the run's last row.
 */
public abstract class ThinnedListener implements RunListener {

    private final Thinning thinning;
    private boolean holding;

    protected ThinnedListener(Thinning thinning) {
        this.thinning = Objects.requireNonNull(thinning, "thinning");
    }

    @Override
    public final void onIteration(Iteration iteration) {
        if (thinning.keeps(iteration)) {
            holding = false;
            write(iteration);
        } else {
            holding = true;
            hold(iteration);
        }
    }

    @Override
    public void onFinish(Result result) {
        flush();
    }

    /** Writes the held row, if any: the run has stopped, so it was the last. */
    public final void flush() {
        if (holding) {
            holding = false;
            writeHeld();
        }
    }

    /** A kept row. */
    protected abstract void write(Iteration iteration);

    /** Remembers a skipped row (copying what it needs: the view changes), replacing the one held before. */
    protected abstract void hold(Iteration iteration);

    /** Writes the row last given to {@link #hold}. */
    protected abstract void writeHeld();
}
