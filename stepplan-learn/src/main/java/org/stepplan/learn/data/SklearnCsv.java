package org.stepplan.learn.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The CSV files of scikit-learn's bundled data sets ({@code sklearn/datasets/data/}): one example per line, the
 * features then the integer class label as the last column. {@code breast_cancer.csv}, {@code iris.csv} and
 * {@code wine_data.csv} start with a header line {@code n_samples,n_features,class_name_0,class_name_1,...};
 * {@code digits.csv.gz} has no header (64 pixel features in 0..16, labels 0..9).
 */
public final class SklearnCsv {

    private SklearnCsv() {
    }

    /** A file that starts with the {@code n_samples,n_features,class names...} header; the counts are checked. */
    public static Dataset readWithHeader(String name, Path file) {
        try (BufferedReader in = reader(file)) {
            String header = in.readLine();
            if (header == null) {
                throw malformed(file, 1, "is empty");
            }
            String[] h = header.split(",");
            int n = Integer.parseInt(h[0].trim());
            int d = Integer.parseInt(h[1].trim());
            List<String> classes = Arrays.asList(h).subList(2, h.length);
            return read(name, file, in, 2, n, d, classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NumberFormatException e) {
            throw malformed(file, 1, "has no n_samples,n_features header: " + e.getMessage());
        }
    }

    /** A headerless file of {@code n} examples with {@code d} features and the given classes. */
    public static Dataset readHeaderless(String name, Path file, int n, int d, List<String> classes) {
        try (BufferedReader in = reader(file)) {
            return read(name, file, in, 1, n, d, classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Dataset read(String name, Path file, BufferedReader in, int firstLine, int n, int d,
                                List<String> classes) throws IOException {
        double[] x = new double[n * d];
        int[] y = new int[n];
        List<String> lines = new ArrayList<>();
        for (String line; (line = in.readLine()) != null; ) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        if (lines.size() != n) {
            throw malformed(file, firstLine, "has " + lines.size() + " examples, expected " + n);
        }
        for (int i = 0; i < n; i++) {
            String[] cells = lines.get(i).split(",");
            if (cells.length != d + 1) {
                throw malformed(file, firstLine + i, "has " + cells.length + " cells, expected " + (d + 1));
            }
            try {
                for (int j = 0; j < d; j++) {
                    x[i * d + j] = Double.parseDouble(cells[j]);
                }
                y[i] = Integer.parseInt(cells[d].trim());
            } catch (NumberFormatException e) {
                throw malformed(file, firstLine + i, "has a non-numeric cell: " + e.getMessage());
            }
        }
        return new Dataset(name, x, y, d, classes);
    }

    private static BufferedReader reader(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(DataFiles.open(file), StandardCharsets.UTF_8));
    }

    private static IllegalArgumentException malformed(Path file, int line, String what) {
        return new IllegalArgumentException(file + ":" + line + " " + what);
    }
}
