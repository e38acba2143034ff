package org.stepplan.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.stepplan.learn.LearningMonitor;
import org.stepplan.run.TraceRow;

/**
 * The trace as CSV: {@code iteration,grad_evals,func_evals,loss,error,step_size_1,...,step_size_d,event}; a scalar
 * step size is one column {@code step_size}; no step-size column for methods without one. Runs on a learning problem
 * have four more columns after {@code error}: {@code examples,epoch,train_loss,test_accuracy} (the last two empty in
 * the rows where they were not measured). Numbers are printed with {@link Double#toString}, which round-trips exactly;
 * an unknown error is an empty cell. Row 0 is the start.
 */
public final class TraceCsv {

    private TraceCsv() {
    }

    /** The header for a method with {@code stepSizes} step sizes. */
    public static String header(int stepSizes) {
        return header(stepSizes, false);
    }

    /** The header, with the learning columns when {@code learning}. */
    public static String header(int stepSizes, boolean learning) {
        StringBuilder b = new StringBuilder("iteration,grad_evals,func_evals,loss,error");
        if (learning) {
            b.append(",examples,epoch,train_loss,test_accuracy");
        }
        if (stepSizes == 1) {
            b.append(",step_size");
        } else {
            for (int i = 1; i <= stepSizes; i++) {
                b.append(",step_size_").append(i);
            }
        }
        return b.append(",event").toString();
    }

    /** Writes header and rows. */
    public static void write(Writer out, List<TraceRow> rows, int stepSizes, boolean errorKnown) throws IOException {
        write(out, rows, stepSizes, errorKnown, null);
    }

    /**
     * Writes header and rows, with the learning columns from {@code learning} (one measurement per row, in order)
     * when it is not null.
     */
    public static void write(Writer out, List<TraceRow> rows, int stepSizes, boolean errorKnown,
                             List<LearningMonitor.Row> learning) throws IOException {
        out.write(header(stepSizes, learning != null));
        out.write('\n');
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < rows.size(); k++) {
            TraceRow row = rows.get(k);
            b.setLength(0);
            b.append(row.iteration()).append(',').append(row.gradEvals()).append(',').append(row.funcEvals())
                    .append(',').append(row.loss()).append(',');
            if (errorKnown) {
                b.append(row.error());
            }
            if (learning != null) {
                LearningMonitor.Row m = learning.get(k);
                b.append(',').append(m.examples()).append(',').append(m.epochs()).append(',')
                        .append(Double.isNaN(m.trainLoss()) ? "" : Double.toString(m.trainLoss())).append(',')
                        .append(Double.isNaN(m.testAccuracy()) ? "" : Double.toString(m.testAccuracy()));
            }
            for (double s : row.stepSizes()) {
                b.append(',').append(s);
            }
            b.append(',').append(row.event()).append('\n');
            out.write(b.toString());
        }
    }
}
