package org.stepplan.learn.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * A user's own numeric CSV ({@code dataset=csv:PATH}): one example per line, cells separated by commas, blank lines
 * ignored. The first line is a header when one of its cells is not a number. The label column is {@code last},
 * {@code first} or a header name; every other column is a feature and must be a finite number. The classes are the
 * distinct label texts, ordered numerically when all are numbers and as text otherwise; label k is the k-th of them.
 * Errors name the file and line: a ragged row, a non-numeric cell, an empty file, a single class.
 */
public final class UserCsv {

    private UserCsv() {
    }

    /**
     * @param label {@code last}, {@code first} or the header name of the label column
     * @throws IllegalArgumentException for a missing or malformed file, naming the file, line and cell
     */
    public static Dataset read(Path file, String label) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("dataset file " + file + " does not exist");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String[]> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            if (!lines.get(k).isBlank()) {
                rows.add(Arrays.stream(lines.get(k).split(",", -1)).map(String::trim).toArray(String[]::new));
                lineNumbers.add(k + 1);
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("dataset file " + file + " is empty");
        }
        String[] header = Arrays.stream(rows.get(0)).allMatch(UserCsv::isNumber) ? null : rows.get(0);
        int first = header == null ? 0 : 1;
        int columns = rows.get(0).length;
        int labelColumn = labelColumn(file, label, header, columns);
        if (rows.size() == first) {
            throw new IllegalArgumentException("dataset file " + file + " has a header but no examples");
        }
        if (columns < 2) {
            throw new IllegalArgumentException("dataset file " + file + " has one column; it needs features and a label");
        }
        int n = rows.size() - first;
        int d = columns - 1;
        double[] x = new double[n * d];
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            String[] cells = rows.get(first + i);
            int line = lineNumbers.get(first + i);
            if (cells.length != columns) {
                throw new IllegalArgumentException(file + ":" + line + " has " + cells.length + " cells, expected "
                        + columns + " (a ragged row)");
            }
            int j = 0;
            for (int c = 0; c < columns; c++) {
                if (c == labelColumn) {
                    labels[i] = cells[c];
                    continue;
                }
                if (!isNumber(cells[c]) || !Double.isFinite(Double.parseDouble(cells[c]))) {
                    throw new IllegalArgumentException(file + ":" + line + " column " + (c + 1) + ": '" + cells[c]
                            + "' is not a finite number");
                }
                x[i * d + j++] = Double.parseDouble(cells[c]);
            }
        }
        return labelled(file, x, d, labels);
    }

    /**
     * The examples of a user's {@code file} (row-major {@code x}, {@code d} features each) with their label texts:
     * the classes are the distinct texts, in numeric order when all are numbers and in text order otherwise.
     *
     * @throws IllegalArgumentException for a single class, naming the file
     */
    public static Dataset labelled(Path file, double[] x, int d, String[] labels) {
        List<String> classes = classes(file, Arrays.asList(labels));
        int[] y = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            y[i] = classes.indexOf(labels[i]);
        }
        return new Dataset(file.getFileName().toString(), x, y, d, classes);
    }

    private static int labelColumn(Path file, String label, String[] header, int columns) {
        if (label.equals("last")) {
            return columns - 1;
        }
        if (label.equals("first")) {
            return 0;
        }
        int found = header == null ? -1 : Arrays.asList(header).indexOf(label);
        if (found < 0) {
            throw new IllegalArgumentException("label '" + label + "' is not last, first or a column of the header of "
                    + file + (header == null ? " (it has no header)" : ": " + String.join(",", header)));
        }
        return found;
    }

    /**
     * The classes of a user's {@code file} with these label texts (or their distinct texts): in numeric order when all
     * are numbers and in text order otherwise.
     *
     * @throws IllegalArgumentException for a single class, naming the file
     */
    public static List<String> classes(Path file, Collection<String> labels) {
        boolean numeric = labels.stream().allMatch(UserCsv::isNumber);
        TreeSet<String> distinct = numeric
                ? new TreeSet<>((a, b) -> Double.compare(Double.parseDouble(a), Double.parseDouble(b)))
                : new TreeSet<>();
        distinct.addAll(labels);
        if (distinct.size() < 2) {
            throw new IllegalArgumentException("dataset file " + file + " has a single class (" + distinct.first()
                    + "); a classifier needs at least two");
        }
        return new ArrayList<>(distinct);
    }

    private static boolean isNumber(String cell) {
        try {
            Double.parseDouble(cell);
            return !cell.isEmpty();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
