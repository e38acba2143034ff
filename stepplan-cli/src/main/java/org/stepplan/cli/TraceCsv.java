package org.stepplan.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.stepplan.run.TraceRow;

/**
 * The trace as CSV: {@code iteration,grad_evals,func_evals,loss,error,step_size_1,...,step_size_d,event}; a scalar
 * step size is one column {@code step_size}; no step-size column for methods without one. Numbers are printed with
 * {@link Double#toString}, which round-trips exactly; an unknown error is an empty cell. Row 0 is the start.
 */
public final class TraceCsv {

    private TraceCsv() {
    }

    /** The header for a method with {@code stepSizes} step sizes. */
    public static String header(int stepSizes) {
        StringBuilder b = new StringBuilder("iteration,grad_evals,func_evals,loss,error");
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
        out.write(header(stepSizes));
        out.write('\n');
        StringBuilder b = new StringBuilder();
        for (TraceRow row : rows) {
            b.setLength(0);
            b.append(row.iteration()).append(',').append(row.gradEvals()).append(',').append(row.funcEvals())
                    .append(',').append(row.loss()).append(',');
            if (errorKnown) {
                b.append(row.error());
            }
            for (double s : row.stepSizes()) {
                b.append(',').append(s);
            }
            b.append(',').append(row.event()).append('\n');
            out.write(b.toString());
        }
    }
}
