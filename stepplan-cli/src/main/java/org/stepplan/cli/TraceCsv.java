package org.stepplan.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.stepplan.run.Iteration;
import org.stepplan.run.ThinnedListener;
import org.stepplan.run.Thinning;
import org.stepplan.run.TraceRow;

/**
 * The trace as CSV, written row by row while the run goes:
 * {@code iteration,grad_evals,func_evals,loss,error,<measurements>,<step-size columns>,event}. The measurements are
 * the monitor's extra ones ({@link org.stepplan.run.Monitor#measurements()}: on a learning problem
 * {@code examples,epoch,train_loss,test_accuracy}), empty where not measured, an integral value without a fraction.
 * The step-size columns follow
 * {@link StepSizeColumns}: one per step size ({@code step_size} for a scalar one, {@code step_size_1..d} otherwise),
 * the summary {@code step_size_min,step_size_mean,step_size_max,step_size_negative} (the count of negative ones), or
 * none. Numbers are printed with {@link Double#toString}, which round-trips exactly; an unknown error is an empty cell.
 * Row 0 is the start; the rows are those of the {@link Thinning}.
 */
public final class TraceCsv extends ThinnedListener {

    private final Writer out;
    private final StepSizeColumns columns;
    private final StringBuilder line = new StringBuilder();
    private StepSizeColumns.Kind kind;
    private double[] steps;
    private double[] measured;
    private TraceRow held;

    /**
     * @param out      where the CSV goes (not closed)
     * @param thinning which rows
     * @param columns  which step-size columns
     */
    public TraceCsv(Writer out, Thinning thinning, StepSizeColumns columns) {
        super(thinning);
        this.out = out;
        this.columns = columns;
    }

    /**
     * A CSV that continues one whose header and first rows are already written (a run resumed from a checkpoint).
     *
     * @param stepSizes the method's step-size count (the monitor makes no extra measurements: checkpointed runs
     *                  have none)
     */
    public static TraceCsv continuing(Writer out, Thinning thinning, StepSizeColumns columns, int stepSizes) {
        TraceCsv csv = new TraceCsv(out, thinning, columns);
        csv.kind = columns.kind(stepSizes);
        csv.steps = new double[csv.kind == StepSizeColumns.Kind.SUMMARY ? 4 : stepSizes];
        csv.measured = new double[0];
        return csv;
    }

    /** The header for a run of {@code it}'s shape. */
    private String header(Iteration it) {
        StringBuilder b = new StringBuilder("iteration,grad_evals,func_evals,loss,error");
        for (String name : it.measurements()) {
            b.append(',').append(name);
        }
        int stepSizes = it.stepSizeCount();
        switch (columns.kind(stepSizes)) {
            case ONE -> b.append(",step_size");
            case EACH -> {
                for (int i = 1; i <= stepSizes; i++) {
                    b.append(",step_size_").append(i);
                }
            }
            case SUMMARY -> b.append(",step_size_min,step_size_mean,step_size_max,step_size_negative");
            case NONE -> {
            }
        }
        return b.append(",event").toString();
    }

    @Override
    protected void write(Iteration it) {
        if (kind == null) { // row 0, always kept, comes first
            kind = columns.kind(it.stepSizeCount());
            steps = new double[kind == StepSizeColumns.Kind.SUMMARY ? 4 : it.stepSizeCount()];
            measured = new double[it.measurements().size()];
            emit(new StringBuilder(header(it)).append('\n'));
        }
        emit(format(copy(it)));
    }

    @Override
    protected void hold(Iteration it) {
        held = copy(it);
    }

    @Override
    protected void writeHeld() {
        emit(format(held));
    }

    private void emit(StringBuilder b) {
        try {
            out.append(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The row's numbers, its step-size columns in {@link #steps} and its measurements in {@link #measured} (reused: a
     * held row is formatted only if it turns out last, and only the latest one is held).
     */
    private TraceRow copy(Iteration it) {
        for (int i = 0; i < measured.length; i++) {
            measured[i] = it.measurement(i);
        }
        int n = it.stepSizeCount();
        switch (kind) {
            case ONE, EACH -> {
                for (int i = 0; i < n; i++) {
                    steps[i] = it.stepSize(i);
                }
            }
            case SUMMARY -> summarize(it, n);
            case NONE -> {
            }
        }
        return new TraceRow(it.iteration(), it.gradEvals(), it.funcEvals(), it.loss(), it.error(), steps, it.event());
    }

    /** min, mean, max and the count of negative step sizes. */
    private void summarize(Iteration it, int n) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0.0;
        long negative = 0;
        for (int i = 0; i < n; i++) {
            double s = it.stepSize(i);
            min = Math.min(min, s);
            max = Math.max(max, s);
            sum += s;
            negative += s < 0 ? 1 : 0;
        }
        steps[0] = min;
        steps[1] = sum / n;
        steps[2] = max;
        steps[3] = negative;
    }

    private StringBuilder format(TraceRow row) {
        StringBuilder b = line;
        b.setLength(0);
        b.append(row.iteration()).append(',').append(row.gradEvals()).append(',').append(row.funcEvals()).append(',')
                .append(row.loss()).append(',');
        if (!Double.isNaN(row.error())) { // NaN only when w* is unknown: a known error is finite on every row
            b.append(row.error());
        }
        for (double m : measured) {
            b.append(',');
            if (m == Math.rint(m) && Math.abs(m) < 0x1p53) {
                b.append((long) m);
            } else if (!Double.isNaN(m)) {
                b.append(m);
            }
        }
        switch (kind) {
            case ONE, EACH -> {
                for (double s : row.stepSizes()) {
                    b.append(',').append(s);
                }
            }
            case SUMMARY -> {
                double[] s = row.stepSizes();
                b.append(',').append(s[0]).append(',').append(s[1]).append(',').append(s[2]).append(',')
                        .append((long) s[3]);
            }
            case NONE -> {
            }
        }
        return b.append(',').append(row.event()).append('\n');
    }
}
