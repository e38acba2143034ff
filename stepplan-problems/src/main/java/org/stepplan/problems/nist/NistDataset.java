package org.stepplan.problems.nist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One NIST StRD nonlinear regression data set, read from its original {@code .dat} file: the observations (x, y), the
 * two starting points, the certified parameters and the certified residual sum of squares.
 *
 * <p>The files come from commons-math3's test jar (Maven Central, {@code org.apache.commons:commons-math3:3.6.1:tests},
 * resources {@code org/apache/commons/math3/fitting/leastsquares/<Name>.dat}), which ships NIST's files unchanged.
 * The format is NIST's: a header whose "File Format" section gives the line ranges of the starting values and the
 * data; parameter lines {@code b1 = start1 start2 certified stddev}; a line {@code Residual Sum of Squares: value};
 * data lines {@code y x}.
 *
 * @param name        NIST's name, e.g. MGH17
 * @param x           the predictor values
 * @param y           the responses
 * @param starts      start 1 and start 2
 * @param certified   the certified parameters b*
 * @param certifiedRss the certified residual sum of squares {@code sum_i (y_i - f(x_i; b*))^2}
 */
public record NistDataset(String name, double[] x, double[] y, double[][] starts, double[] certified,
                          double certifiedRss) {

    /** Where commons-math3's test jar keeps the NIST files. */
    static final String RESOURCE_DIRECTORY = "org/apache/commons/math3/fitting/leastsquares/";

    private static final Pattern RANGE = Pattern.compile("(Starting Values|Data)\\s+\\(lines\\s+(\\d+)\\s+to\\s+(\\d+)\\)");
    private static final Pattern PARAMETER = Pattern.compile(
            "\\s*b\\d+\\s*=\\s*(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s*");
    private static final String RSS = "Residual Sum of Squares:";

    /**
     * Reads {@code <name>.dat} from the class path.
     *
     * @throws IllegalStateException when the file is missing (commons-math3's test jar is not on the class path) or
     *                               not in NIST's format
     */
    public static NistDataset load(String name) {
        String resource = RESOURCE_DIRECTORY + name + ".dat";
        InputStream in = NistDataset.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("NIST StRD file " + resource + " is not on the class path (it comes "
                    + "from org.apache.commons:commons-math3:3.6.1:tests)");
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
        return parse(name, lines);
    }

    static NistDataset parse(String name, List<String> lines) {
        int[] startLines = null;
        int[] dataLines = null;
        double rss = Double.NaN;
        for (String line : lines) {
            Matcher m = RANGE.matcher(line);
            if (m.find()) {
                int[] range = {Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
                if (m.group(1).equals("Data")) {
                    dataLines = range;
                } else {
                    startLines = range;
                }
            }
            if (line.startsWith(RSS)) {
                rss = Double.parseDouble(line.substring(RSS.length()).trim());
            }
        }
        if (startLines == null || dataLines == null || Double.isNaN(rss)) {
            throw new IllegalStateException(name + ".dat is not a NIST StRD nonlinear regression file");
        }
        int p = startLines[1] - startLines[0] + 1;
        double[][] starts = new double[2][p];
        double[] certified = new double[p];
        for (int j = 0; j < p; j++) {
            Matcher m = PARAMETER.matcher(lines.get(startLines[0] - 1 + j));
            if (!m.matches()) {
                throw new IllegalStateException(name + ".dat line " + (startLines[0] + j) + " is not b = ...");
            }
            starts[0][j] = Double.parseDouble(m.group(1));
            starts[1][j] = Double.parseDouble(m.group(2));
            certified[j] = Double.parseDouble(m.group(3));
        }
        int n = dataLines[1] - dataLines[0] + 1;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            String[] fields = lines.get(dataLines[0] - 1 + i).trim().split("\\s+");
            y[i] = Double.parseDouble(fields[0]);
            x[i] = Double.parseDouble(fields[1]);
        }
        return new NistDataset(name, x, y, starts, certified, rss);
    }
}
