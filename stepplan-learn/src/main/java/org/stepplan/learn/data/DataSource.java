package org.stepplan.learn.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The data a learning problem trains and tests on, from its {@code dataset} parameter: a known data set's name (read
 * from the data directory) or {@code csv:PATH} (a user's file, see {@link UserCsv}). Data sets without an official
 * split are split by {@link StratifiedSplit}; standardized ones (and every user CSV) are then standardized with the
 * training set's statistics. Known data sets are read once per process and shared (they are never modified).
 */
public final class DataSource {

    /** The prefix of a user's CSV file in the {@code dataset} parameter. */
    public static final String CSV_PREFIX = "csv:";

    private static final Map<List<Object>, Split> CACHE = new ConcurrentHashMap<>();

    private DataSource() {
    }

    /**
     * The split for {@code dataset}.
     *
     * @param testFraction the stratified test fraction in [0, 1) (not used by a data set with an official split)
     * @param splitSeed    seeds the split
     * @param label        the label column of a user CSV ({@code last}, {@code first} or a header name)
     * @throws IllegalArgumentException for an unknown or malformed data set; {@link MissingDatasetException} when a
     *                                  known one is not installed
     */
    public static Split load(String dataset, double testFraction, long splitSeed, String label) {
        if (dataset.startsWith(CSV_PREFIX)) {
            return userData(UserCsv.read(Path.of(dataset.substring(CSV_PREFIX.length())), label), testFraction,
                    splitSeed);
        }
        if (!KnownDataset.labels().contains(dataset)) {
            throw new IllegalArgumentException("dataset must be one of " + String.join(", ", KnownDataset.labels())
                    + ", csv:PATH or parquet:PATH (engine spark), got '" + dataset + "'");
        }
        KnownDataset known = KnownDataset.ofLabel(dataset);
        Path root = DataDirectory.resolve();
        if (!known.isInstalled(root)) {
            throw new MissingDatasetException(known, root);
        }
        List<Object> key = known.hasOfficialSplit() ? List.of(known, root) : List.of(known, root, testFraction,
                splitSeed);
        return CACHE.computeIfAbsent(key, k -> prepare(known, root, testFraction, splitSeed));
    }

    /**
     * A user's examples ({@code all}, in their file's order) split like a user CSV: stratified by
     * {@link StratifiedSplit}, then standardized with the training set's statistics.
     */
    public static Split userData(Dataset all, double testFraction, long splitSeed) {
        return Standardization.apply(StratifiedSplit.of(all, testFraction, splitSeed));
    }

    private static Split prepare(KnownDataset known, Path root, double testFraction, long splitSeed) {
        Split read = known.read(root);
        if (known.hasOfficialSplit()) {
            return read;
        }
        Split split = StratifiedSplit.of(read.train(), testFraction, splitSeed);
        return known.standardized() ? Standardization.apply(split) : split;
    }
}
