package org.stepplan.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.stepplan.learn.data.Dataset;

/**
 * Training examples as a cached RDD of {@link Block}s of at most {@link #BLOCK_ROWS} consecutive examples, in global
 * index order over the partitions: from a data set the driver has read (sent to the executors once, then cached and
 * locally checkpointed, so that no later task carries examples), or generated on the executors.
 */
public final class SparkData {

    /** Examples per block: large enough for tight loops, small enough for cheap tasks and serialization. */
    public static final int BLOCK_ROWS = 1024;

    private SparkData() {
    }

    /**
     * The examples of {@code data} spread over {@code partitions} partitions (0: the context's default parallelism),
     * cached (memory, then local disk) and locally checkpointed: sent once, never recomputed; unpersist ends it.
     *
     * @throws IllegalArgumentException for negative partitions
     */
    public static JavaRDD<Block> of(JavaSparkContext context, Dataset data, int partitions) {
        return of(context, data, partitions, BLOCK_ROWS);
    }

    /** {@link #of(JavaSparkContext, Dataset, int)} in blocks of at most {@code blockRows} examples. */
    static JavaRDD<Block> of(JavaSparkContext context, Dataset data, int partitions, int blockRows) {
        int f = data.features();
        List<Block> blocks = new ArrayList<>();
        double[] x = data.rowMajorFeatures();
        for (int first = 0; first < data.examples(); first += blockRows) {
            int rows = Math.min(blockRows, data.examples() - first);
            double[] bx = new double[rows * f];
            System.arraycopy(x, first * f, bx, 0, rows * f);
            int[] by = new int[rows];
            for (int r = 0; r < rows; r++) {
                by[r] = data.label(first + r);
            }
            blocks.add(new Block(blocks.size(), first, f, bx, by));
        }
        JavaRDD<Block> rdd = context.parallelize(blocks, slices(context, partitions))
                .persist(StorageLevel.MEMORY_ONLY());
        // a parallelized collection's partitions hold their examples, and every task ships its partition: cut the
        // lineage at the cached blocks (local checkpoint), so that later tasks carry only a reference to them. The
        // price: blocks lost with an executor cannot be recomputed (a job then fails), and unpersist ends the RDD.
        rdd.rdd().localCheckpoint();
        rdd.count();
        return rdd;
    }

    /**
     * A synthetic logistic-regression data set generated on the executors (never on the driver): example i has
     * features {@code x_ij ~ N(0, 1)} and label 1 with probability {@code sigma(w*·x_i)},
     * {@code w*_j = (-1)^j 3 / sqrt(features)}, all drawn from a generator seeded by {@code seed} and i's block.
     *
     * @throws IllegalArgumentException for examples below 1 or features below 1
     */
    public static JavaRDD<Block> syntheticLogistic(JavaSparkContext context, long examples, int features,
                                                   int partitions, long seed) {
        if (examples < 1 || features < 1) {
            throw new IllegalArgumentException("a synthetic data set needs examples and features >= 1, got "
                    + examples + " x " + features);
        }
        List<Long> firsts = new ArrayList<>();
        for (long first = 0; first < examples; first += BLOCK_ROWS) {
            firsts.add(first);
        }
        return context.parallelize(firsts, slices(context, partitions))
                .map(first -> syntheticBlock(first, (int) Math.min(BLOCK_ROWS, examples - first), features, seed))
                .persist(StorageLevel.MEMORY_ONLY());
    }

    private static Block syntheticBlock(long first, int rows, int features, long seed) {
        SplittableRandom rng = new SplittableRandom(seed ^ (first * 0x9E3779B97F4A7C15L));
        double scale = 3.0 / Math.sqrt(features);
        double[] x = new double[rows * features];
        int[] y = new int[rows];
        for (int r = 0; r < rows; r++) {
            double z = 0.0;
            for (int j = 0; j < features; j++) {
                double v = gaussian(rng);
                x[r * features + j] = v;
                z += (j % 2 == 0 ? scale : -scale) * v;
            }
            y[r] = rng.nextDouble() < 1.0 / (1.0 + Math.exp(-z)) ? 1 : 0;
        }
        return new Block(first / BLOCK_ROWS, first, features, x, y);
    }

    /** A standard normal draw (Box-Muller, one of the pair). */
    private static double gaussian(SplittableRandom rng) {
        return Math.sqrt(-2.0 * Math.log(1.0 - rng.nextDouble())) * Math.cos(2.0 * Math.PI * rng.nextDouble());
    }

    private static int slices(JavaSparkContext context, int partitions) {
        return requirePartitions(partitions) == 0 ? context.defaultParallelism() : partitions;
    }

    /**
     * {@code partitions}, checked.
     *
     * @throws IllegalArgumentException for a negative number
     */
    static int requirePartitions(int partitions) {
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must be >= 0 (0: the default parallelism), got "
                    + partitions);
        }
        return partitions;
    }
}
