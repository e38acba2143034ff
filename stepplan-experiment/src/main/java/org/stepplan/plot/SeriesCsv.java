package org.stepplan.plot;

import java.io.IOException;
import java.io.Writer;

/**
 * The points of a {@link Plot} as CSV, one row per point: {@code series,<x name>,<y name>}. Numbers are printed with
 * {@link Double#toString} (exact round trip); a line break (NaN) is an empty cell. Background series (contour lines)
 * are left out: they are a function of the problem, not a measurement.
 */
public final class SeriesCsv {

    private SeriesCsv() {
    }

    public static void write(Writer out, Plot plot) throws IOException {
        out.write("series," + plot.xName() + "," + plot.yName() + "\n");
        StringBuilder b = new StringBuilder();
        for (Series s : plot.series()) {
            if (!s.look().data()) {
                continue;
            }
            String name = quote(s.name());
            for (int i = 0; i < s.size(); i++) {
                b.setLength(0);
                b.append(name).append(',').append(number(s.x(i))).append(',').append(number(s.y(i))).append('\n');
                out.write(b.toString());
            }
        }
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    private static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
