package org.stepplan.learn.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.stepplan.core.Labeled;

/**
 * The data sets stepplan installs from Debian packages ({@code ./stepplan data install}), each with the SHA-256 of
 * every file's contents (decompressed for {@code .gz} files, so a repacked archive with the same data still
 * verifies), how it is read and how its features are scaled (standardized: after the split, see
 * {@link Standardization}):
 * <ul>
 *   <li>{@code digits}: 1,797 8x8 images, 64 pixel features in 0..16 scaled to {@code p / 16}, 10 classes;</li>
 *   <li>{@code breast-cancer}: 569 x 30, 2 classes (0 malignant, 1 benign as in the file), standardized;</li>
 *   <li>{@code wine}: 178 x 13, 3 classes, standardized;</li>
 *   <li>{@code iris}: 150 x 4, 3 classes, standardized;</li>
 *   <li>{@code fashion-mnist}: 60,000 training + 10,000 test 28x28 images (the official split), pixel / 255.</li>
 * </ul>
 */
public enum KnownDataset implements Labeled {
    DIGITS("digits", DebianPackage.SKLEARN, false,
            List.of(new DataFile("digits.csv.gz", "6ebb3d2fee246a4e99363262ddf8a00a3c41bee6014c373ed9d9216ba7f651b8"))),
    BREAST_CANCER("breast-cancer", DebianPackage.SKLEARN, true,
            List.of(new DataFile("breast_cancer.csv", "fed3eb72d0575ef6192293f5093c6e801b1476b577d0386bf4455504522172ed"))),
    WINE("wine", DebianPackage.SKLEARN, true,
            List.of(new DataFile("wine_data.csv", "10e8a802908b34f86e5da8ce962f3c806694bc98450a18f61851af59f324bede"))),
    IRIS("iris", DebianPackage.SKLEARN, true,
            List.of(new DataFile("iris.csv", "f13ffa8fdd56fd8e6c8d16d4081a3fbd3114bcd0aae4256c43205169cd9d1449"))),
    FASHION_MNIST("fashion-mnist", DebianPackage.FASHION_MNIST, false, List.of(
            new DataFile("train-images-idx3-ubyte.gz", "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888"),
            new DataFile("train-labels-idx1-ubyte.gz", "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9"),
            new DataFile("t10k-images-idx3-ubyte.gz", "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b"),
            new DataFile("t10k-labels-idx1-ubyte.gz", "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34")));

    /**
     * One file of a data set.
     *
     * @param name   its name, in the package's data folder and in the data set's installed folder
     * @param sha256 the lower-case hex SHA-256 of its (decompressed) contents
     */
    public record DataFile(String name, String sha256) {
    }

    private static final List<String> FASHION_CLASSES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    private final String label;
    private final DebianPackage source;
    private final boolean standardized;
    private final List<DataFile> files;

    KnownDataset(String label, DebianPackage source, boolean standardized, List<DataFile> files) {
        this.label = label;
        this.source = source;
        this.standardized = standardized;
        this.files = files;
    }

    @Override
    public String label() {
        return label;
    }

    /** The data set called {@code label}. */
    public static KnownDataset ofLabel(String label) {
        return Labeled.of(KnownDataset.class, "dataset", label);
    }

    /** Every known data set's name. */
    public static List<String> labels() {
        return Labeled.labels(KnownDataset.class);
    }

    /** The package that ships it. */
    public DebianPackage source() {
        return source;
    }

    /** True when its features are standardized after the split ({@link Standardization}). */
    public boolean standardized() {
        return standardized;
    }

    /** Its files. */
    public List<DataFile> files() {
        return files;
    }

    /** True when the data set comes with its own train/test split (so {@code test_fraction} does not apply). */
    public boolean hasOfficialSplit() {
        return this == FASHION_MNIST;
    }

    /** The folder of its installed files inside the data directory {@code root}. */
    public Path folder(Path root) {
        return root.resolve(label);
    }

    /** True when every file is present in {@code root} (contents not checked; see {@link Installer#verify}). */
    public boolean isInstalled(Path root) {
        return files.stream().allMatch(f -> Files.isRegularFile(folder(root).resolve(f.name())));
    }

    /**
     * Reads the installed files from the data directory {@code root}: for {@code fashion-mnist} the official split,
     * for the others every example as the training set (digits' pixels already divided by 16) and an empty test set (split it with {@link StratifiedSplit}).
     *
     * @throws MissingDatasetException when a file is missing
     */
    public Split read(Path root) {
        if (!isInstalled(root)) {
            throw new MissingDatasetException(this, root);
        }
        Path dir = folder(root);
        if (this == FASHION_MNIST) {
            return new Split(Idx.read(label, dir.resolve(files.get(0).name()), dir.resolve(files.get(1).name()),
                    FASHION_CLASSES), Idx.read(label + " (test)", dir.resolve(files.get(2).name()),
                    dir.resolve(files.get(3).name()), FASHION_CLASSES));
        }
        Path file = dir.resolve(files.get(0).name());
        Dataset all = this == DIGITS ? pixelsOver16(SklearnCsv.readHeaderless(label, file, 1797, 64,
                IntStream.range(0, 10).mapToObj(Integer::toString).toList())) : SklearnCsv.readWithHeader(label, file);
        return new Split(all, all.subset(label + " (test)", new int[0]));
    }

    private static Dataset pixelsOver16(Dataset raw) {
        double[] x = raw.rowMajorFeatures();
        for (int k = 0; k < x.length; k++) {
            x[k] /= 16.0;
        }
        return raw;
    }
}
