package org.stepplan.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.Partitioner;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.storage.StorageLevel;
import org.stepplan.learn.data.Dataset;
import org.stepplan.learn.data.HeldSplit;
import org.stepplan.learn.data.Split;
import org.stepplan.learn.data.Standardization;
import org.stepplan.learn.data.StratifiedSplit;
import org.stepplan.learn.data.UserCsv;
import scala.Tuple2;

/**
 * A user's Parquet file or folder of Parquet files ({@code dataset=parquet:PATH}) read, split, standardized and cut
 * into {@link Block}s on the executors; the driver holds O(d + F + P C) numbers and n bits (F files, P partitions,
 * C classes), and for the split's shuffle a transient int per example of the largest class.
 * Example i is the i-th row in the order of the files' paths and then of the rows within each file (Parquet's row
 * index, so the order does not depend on how Spark splits the files). The label column is {@code last},
 * {@code first} or a column name, of any type (its values' texts are the classes, as in {@link UserCsv#classes});
 * every other column is a feature and must be numeric, without nulls or non-finite values. The result is exactly
 * that of a user's CSV with the same rows ({@code DataSource.userData}):
 * <ol>
 *   <li>one job counts the rows of each file; a row's global index is its file's first (the files in path order)
 *       plus its row index; the rows are partitioned by ranges of it into P partitions (sorted within each), and
 *       each partition becomes one {@link Chunk} of consecutive examples;</li>
 *   <li>one job counts each chunk's label texts; the driver orders the classes ({@link UserCsv#classes}), draws the
 *       stratified split's test ranks from the class counts ({@link StratifiedSplit#testRanks}: n bits, a transient
 *       int per example of the largest class) and derives each chunk's first class ranks and first training and test
 *       indices (O(P C));</li>
 *   <li>the chunks split themselves ({@link Part}); the training set's column sums and then its squared deviations
 *       are added partition after partition, in example order, carrying d doubles from one single-task job to the
 *       next, so the means and standard deviations are those of {@code Standardization} bit for bit (a tree of
 *       partial sums would round differently);</li>
 *   <li>the standardized examples are cut at the block boundaries (every {@link SparkData#BLOCK_ROWS} training or
 *       test examples) and the pieces of each block are grouped into it by a shuffle: the same blocks as
 *       {@link SparkData#of} makes of the local split, on contiguous block ranges per partition.</li>
 * </ol>
 */
final class ParquetData {

    /** The prefix of a Parquet input in the {@code dataset} parameter. */
    static final String PREFIX = "parquet:";

    private ParquetData() {
    }

    /**
     * The split of a Parquet input, held by the executors as cached blocks.
     *
     * @param train the training examples' blocks (cached; unpersist ends them)
     * @param test  the test examples' blocks (cached; unpersist ends them)
     */
    record Held(Split shape, int trainingExamples, int testExamples, JavaRDD<Block> train, JavaRDD<Block> test)
            implements HeldSplit {
    }

    /** One example of the input: its features and label text. */
    record Example(double[] x, String label) implements Serializable {
    }

    /** Consecutive examples of the input (one partition's): features row-major and label texts. */
    record Chunk(double[] x, String[] labels) implements Serializable {
    }

    /** A chunk split: its training examples (from training index {@code trainFirst}) and its test examples. */
    record Part(long trainFirst, double[] trainX, int[] trainY, long testFirst, double[] testX, int[] testY)
            implements Serializable {
    }

    /**
     * @param label        {@code last}, {@code first} or the name of the label column
     * @param testFraction the stratified test fraction, in [0, 1)
     * @param partitions   partitions of the examples (0: the context's default parallelism)
     * @throws IllegalArgumentException for a missing or unreadable input, a missing label column, a non-numeric feature
     *                                  column, a null or non-finite feature (naming the path, file, row and column),
     *                                  a single class or a bad test fraction
     */
    static Held read(SparkSession spark, String path, String label, double testFraction, long splitSeed,
                     int partitions) {
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
        columns.add(functions.col("_metadata.file_path").as("_stepplan_file"));
        columns.add(functions.col("_metadata.row_index").as("_stepplan_row"));
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int slices = partitions == 0 ? context.defaultParallelism() : partitions;
        String input = PREFIX + path;
        org.apache.spark.sql.Dataset<Row> selected = frame.select(columns.toArray(Column[]::new));
        List<Row> files = new ArrayList<>(selected.groupBy("_stepplan_file").count().collectAsList());
        files.sort(Comparator.comparing((Row file) -> file.getString(0)));
        Map<String, Long> fileFirst = new HashMap<>(); // the global index of each file's first row
        long examples = 0;
        for (Row file : files) {
            fileFirst.put(file.getString(0), examples);
            examples += file.getLong(1);
        }
        if (examples == 0 || examples > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("dataset " + input + " has " + examples + " rows; it needs 1.."
                    + Integer.MAX_VALUE);
        }
        JavaRDD<Chunk> chunks = selected.javaRDD()
                .mapToPair(row -> new Tuple2<>(fileFirst.get(row.getString(d + 1)) + row.getLong(d + 2),
                        example(input, names, d, row)))
                .repartitionAndSortWithinPartitions(new Ranges(examples, slices))
                .mapPartitions(rows -> List.of(chunk(d, rows)).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            return split(context, Path.of(path), chunks, d, testFraction, splitSeed);
        } catch (Exception e) { // SparkException: a task failed, e.g. on a bad row
            IllegalArgumentException bad = e instanceof SparkException failed ? badRow(failed) : null;
            if (bad != null) {
                throw bad;
            }
            throw e;
        } finally {
            chunks.unpersist();
        }
    }

    /** The rows of one partition, in order, as a chunk. */
    private static Chunk chunk(int d, Iterator<Tuple2<Long, Example>> examples) {
        List<Example> list = new ArrayList<>();
        examples.forEachRemaining(e -> list.add(e._2()));
        double[] x = new double[list.size() * d];
        String[] labels = new String[list.size()];
        for (int i = 0; i < list.size(); i++) {
            System.arraycopy(list.get(i).x(), 0, x, i * d, d);
            labels[i] = list.get(i).label();
        }
        return new Chunk(x, labels);
    }

    /** One row's features and label text, checked. */
    private static Example example(String input, List<String> names, int d, Row row) {
        for (int j = 0; j <= d; j++) {
            if (row.isNullAt(j)) {
                throw new IllegalArgumentException("dataset " + input + ": " + where(row, d) + " has no value in "
                        + "column '" + names.get(j) + "'");
            }
        }
        double[] x = new double[d];
        for (int j = 0; j < d; j++) {
            x[j] = row.getDouble(j);
            if (!Double.isFinite(x[j])) {
                throw new IllegalArgumentException("dataset " + input + ": " + where(row, d) + " has " + x[j]
                        + " in column '" + names.get(j) + "'");
            }
        }
        return new Example(x, row.getString(d));
    }

    private static String where(Row row, int d) {
        return "row " + row.getLong(d + 2) + " (from 0) of " + row.getString(d + 1);
    }

    /** A failed task's IllegalArgumentException (a bad row) as the driver's, or null for another failure. */
    private static IllegalArgumentException badRow(SparkException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException bad) {
                return new IllegalArgumentException(bad.getMessage(), e);
            }
        }
        return null;
    }

    private static Held split(JavaSparkContext context, Path path, JavaRDD<Chunk> chunks, int d, double testFraction,
                              long splitSeed) {
        List<Map<String, Integer>> labelCounts = chunks.map(ParquetData::labelCounts).collect();
        Set<String> texts = new TreeSet<>();
        labelCounts.forEach(m -> texts.addAll(m.keySet()));
        List<String> classes = UserCsv.classes(path, texts);
        int parts = labelCounts.size();
        int[][] rankFirst = new int[parts][classes.size()]; // the class ranks of each part's first examples
        int[] total = new int[classes.size()];
        for (int p = 0; p < parts; p++) {
            for (int c = 0; c < classes.size(); c++) {
                rankFirst[p][c] = total[c];
                total[c] += count(labelCounts.get(p), classes.get(c));
            }
        }
        BitSet[] testRanks = StratifiedSplit.testRanks(total, testFraction, splitSeed);
        long[] trainFirst = new long[parts];
        long[] testFirst = new long[parts];
        long train = 0;
        long test = 0;
        for (int p = 0; p < parts; p++) {
            trainFirst[p] = train;
            testFirst[p] = test;
            for (int c = 0; c < classes.size(); c++) {
                int from = rankFirst[p][c];
                int to = from + count(labelCounts.get(p), classes.get(c));
                int inTest = testRanks[c].get(from, to).cardinality();
                test += inTest;
                train += to - from - inTest;
            }
        }
        Broadcast<SplitPlan> plan = context.broadcast(new SplitPlan(classes, testRanks, rankFirst, trainFirst,
                testFirst));
        JavaRDD<Part> split = chunks.mapPartitionsWithIndex((p, it) -> List.of(plan.value().split(p, it.next(), d))
                .iterator(), true).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            int n = (int) train;
            double[] mean = Standardization.divide(inOrder(split, new double[d],
                    (sums, part) -> Standardization.addColumns(sums, part.trainX(), d)), n);
            double[] sd = Standardization.deviations(inOrder(split, new double[d],
                    (squares, part) -> Standardization.addSquares(squares, part.trainX(), mean, d)), n);
            JavaRDD<Part> scaled = split.map(part -> new Part(part.trainFirst(),
                    Standardization.scale(part.trainX().clone(), d, mean, sd), part.trainY(), part.testFirst(),
                    Standardization.scale(part.testX().clone(), d, mean, sd), part.testY()));
            JavaRDD<Block> trainBlocks = blocks(scaled, train, d, parts, true);
            JavaRDD<Block> testBlocks = blocks(scaled, test, d, parts, false);
            String name = path.getFileName().toString();
            Split shape = new Split(new Dataset(name, new double[0], new int[0], d, classes),
                    new Dataset(name + " (test)", new double[0], new int[0], d, classes));
            return new Held(shape, n, (int) test, trainBlocks, testBlocks);
        } finally {
            split.unpersist();
            plan.destroy();
        }
    }

    private static int count(Map<String, Integer> counts, String label) {
        return counts.getOrDefault(label, 0);
    }

    private static Map<String, Integer> labelCounts(Chunk chunk) {
        Map<String, Integer> counts = new HashMap<>();
        for (String label : chunk.labels()) {
            counts.merge(label, 1, Integer::sum);
        }
        return counts;
    }

    /**
     * {@code step} applied to the parts in partition order, each in a single-task job that starts from the previous
     * part's result: a running sum in example order whatever the partitioning, with d doubles through the driver.
     */
    private static double[] inOrder(JavaRDD<Part> parts, double[] start, Function2<double[], Part, double[]> step) {
        double[] carried = start;
        for (int p = 0; p < parts.getNumPartitions(); p++) {
            double[] from = carried;
            carried = parts.map(part -> step.call(from.clone(), part)).collectPartitions(new int[]{p})[0].get(0);
        }
        return carried;
    }

    /**
     * The training ({@code train}) or test examples of the parts as blocks of at most {@link SparkData#BLOCK_ROWS}
     * consecutive examples, block b in partition {@code b * partitions / B}, cached (memory, then local disk) and
     * locally checkpointed: computed once, their lineage (the input, the split's broadcast) cut.
     */
    private static JavaRDD<Block> blocks(JavaRDD<Part> parts, long examples, int d, int partitions, boolean train) {
        long count = (examples + SparkData.BLOCK_ROWS - 1) / SparkData.BLOCK_ROWS;
        JavaRDD<Block> blocks = parts.flatMapToPair(part -> pieces(part, d, train).iterator())
                .groupByKey(new Ranges(count, partitions))
                .mapPartitions(ParquetData::assemble)
                .persist(StorageLevel.MEMORY_AND_DISK());
        blocks.rdd().localCheckpoint();
        blocks.count();
        return blocks;
    }

    /** A part's training or test examples cut at the block boundaries: (block, piece) pairs. */
    private static List<Tuple2<Long, Block>> pieces(Part part, int d, boolean train) {
        long first = train ? part.trainFirst() : part.testFirst();
        double[] x = train ? part.trainX() : part.testX();
        int[] y = train ? part.trainY() : part.testY();
        List<Tuple2<Long, Block>> pieces = new ArrayList<>();
        int at = 0;
        while (at < y.length) {
            long index = (first + at) / SparkData.BLOCK_ROWS;
            int rows = (int) Math.min(y.length - at, (index + 1) * SparkData.BLOCK_ROWS - (first + at));
            pieces.add(new Tuple2<>(index, new Block(index, first + at, d, Arrays.copyOfRange(x, at * d,
                    (at + rows) * d), Arrays.copyOfRange(y, at, at + rows))));
            at += rows;
        }
        return pieces;
    }

    /** The blocks of one partition, in block order, each the concatenation of its pieces in example order. */
    private static Iterator<Block> assemble(Iterator<Tuple2<Long, Iterable<Block>>> groups) {
        List<Block> blocks = new ArrayList<>();
        while (groups.hasNext()) {
            Tuple2<Long, Iterable<Block>> group = groups.next();
            List<Block> pieces = new ArrayList<>();
            group._2().forEach(pieces::add);
            pieces.sort(Comparator.comparingLong(Block::first));
            int rows = pieces.stream().mapToInt(Block::rows).sum();
            int d = pieces.get(0).features();
            double[] x = new double[rows * d];
            int[] y = new int[rows];
            int at = 0;
            for (Block piece : pieces) {
                System.arraycopy(piece.x(), 0, x, at * d, piece.rows() * d);
                System.arraycopy(piece.labels(), 0, y, at, piece.rows());
                at += piece.rows();
            }
            blocks.add(new Block(group._1(), pieces.get(0).first(), d, x, y));
        }
        blocks.sort(Comparator.comparingLong(Block::index));
        return blocks.iterator();
    }

    /** Key k of 0..K-1 (an example's or a block's index) in partition {@code k * P / K}: contiguous, in order. */
    private static final class Ranges extends Partitioner {

        private final long keys;
        private final int partitions;

        Ranges(long keys, int partitions) {
            this.keys = keys;
            this.partitions = partitions;
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            return (int) ((Long) key * partitions / keys);
        }
    }

    /**
     * What every chunk needs to split itself: the classes, the test ranks of each class, and per partition the class
     * ranks and the training and test indices of its first examples.
     */
    private record SplitPlan(List<String> classes, BitSet[] testRanks, int[][] rankFirst, long[] trainFirst,
                             long[] testFirst) implements Serializable {

        Part split(int p, Chunk chunk, int d) {
            int n = chunk.labels().length;
            int[] rank = rankFirst[p].clone();
            boolean[] test = new boolean[n];
            int tests = 0;
            for (int i = 0; i < n; i++) {
                int c = classes.indexOf(chunk.labels()[i]);
                test[i] = testRanks[c].get(rank[c]++);
                tests += test[i] ? 1 : 0;
            }
            double[] trainX = new double[(n - tests) * d];
            int[] trainY = new int[n - tests];
            double[] testX = new double[tests * d];
            int[] testY = new int[tests];
            int r = 0;
            int t = 0;
            for (int i = 0; i < n; i++) {
                int c = classes.indexOf(chunk.labels()[i]);
                if (test[i]) {
                    System.arraycopy(chunk.x(), i * d, testX, t * d, d);
                    testY[t++] = c;
                } else {
                    System.arraycopy(chunk.x(), i * d, trainX, r * d, d);
                    trainY[r++] = c;
                }
            }
            return new Part(trainFirst[p], trainX, trainY, testFirst[p], testX, testY);
        }
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
