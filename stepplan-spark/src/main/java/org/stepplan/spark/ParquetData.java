package org.stepplan.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.stepplan.learn.data.Dataset;
import org.stepplan.learn.data.UserCsv;

/**
 * A user's Parquet file or folder of Parquet files ({@code dataset=parquet:PATH}) read by Spark SQL: one example per
 * row, in the order of the files' paths and then of the rows within each file (Parquet's row index, so the order
 * does not depend on how Spark splits the files). The label column is {@code last}, {@code first} or a column name,
 * of any type (its values' texts are the classes, as in {@link UserCsv#labelled}); every other column is a feature and
 * must be numeric, without nulls or non-finite values. The rows are read and converted on the executors and collected
 * to the driver, which puts them in that order and splits and standardizes them like a user's CSV.
 */
final class ParquetData {

    /** The prefix of a Parquet input in the {@code dataset} parameter. */
    static final String PREFIX = "parquet:";

    private ParquetData() {
    }

    /**
     * @param label {@code last}, {@code first} or the name of the label column
     * @throws IllegalArgumentException for a missing or unreadable input, a missing label column, a non-numeric feature
     *                                  column, a null or non-finite feature, naming the path and column
     */
    static Dataset read(SparkSession spark, String path, String label) {
        org.apache.spark.sql.Dataset<Row> frame;
        try {
            frame = spark.read().parquet(path);
        } catch (Exception e) { // AnalysisException: a missing path, not Parquet
            if (e instanceof AnalysisException) {
                throw new IllegalArgumentException("dataset " + PREFIX + path + " cannot be read: "
                        + firstLine(e.getMessage()), e);
            }
            throw e;
        }
        StructField[] fields = frame.schema().fields();
        if (fields.length < 2) {
            throw new IllegalArgumentException("dataset " + PREFIX + path + " has " + fields.length
                    + " column(s); it needs features and a label");
        }
        int labelColumn = labelColumn(path, label, fields);
        List<Column> columns = new ArrayList<>();
        List<String> names = new ArrayList<>(); // of the selected columns: the features, then the label
        for (int c = 0; c < fields.length; c++) {
            if (c == labelColumn) {
                continue;
            }
            if (!(fields[c].dataType() instanceof NumericType)) {
                throw new IllegalArgumentException("dataset " + PREFIX + path + ": column '" + fields[c].name()
                        + "' is " + fields[c].dataType().simpleString() + ", not a number");
            }
            columns.add(functions.col(quoted(fields[c].name())).cast("double"));
            names.add(fields[c].name());
        }
        int d = columns.size();
        columns.add(functions.col(quoted(fields[labelColumn].name())).cast("string"));
        names.add(fields[labelColumn].name());
        columns.add(functions.col("_metadata.file_path"));
        columns.add(functions.col("_metadata.row_index"));
        List<Row> rows = new ArrayList<>(frame.select(columns.toArray(Column[]::new)).collectAsList());
        rows.sort(Comparator.comparing((Row r) -> r.getString(d + 1)).thenComparingLong(r -> r.getLong(d + 2)));
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("dataset " + PREFIX + path + " has no rows");
        }
        double[] x = new double[rows.size() * d];
        String[] labels = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            for (int j = 0; j <= d; j++) {
                if (row.isNullAt(j)) {
                    throw new IllegalArgumentException("dataset " + PREFIX + path + ": row " + (i + 1) + " has no "
                            + "value in column '" + names.get(j) + "'");
                }
            }
            for (int j = 0; j < d; j++) {
                double v = row.getDouble(j);
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("dataset " + PREFIX + path + ": row " + (i + 1) + " has " + v
                            + " in column '" + names.get(j) + "'");
                }
                x[i * d + j] = v;
            }
            labels[i] = row.getString(d);
        }
        return UserCsv.labelled(Path.of(path), x, d, labels);
    }

    private static int labelColumn(String path, String label, StructField[] fields) {
        if (label.equals("last")) {
            return fields.length - 1;
        }
        if (label.equals("first")) {
            return 0;
        }
        for (int c = 0; c < fields.length; c++) {
            if (fields[c].name().equals(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException("label '" + label + "' is not last, first or a column of " + PREFIX + path
                + ": " + String.join(",", Arrays.stream(fields).map(StructField::name).toList()));
    }

    /** A column name as Spark SQL's col() reads it literally (dots and backticks escaped). */
    private static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
