package org.stepplan.learn.data;

/**
 * A Debian package that ships data files, and the folder inside it that holds them.
 *
 * @param name   the package name, for {@code apt-get download}
 * @param folder the folder of the data files inside the package, relative to its root
 */
public record DebianPackage(String name, String folder) {

    /** scikit-learn's bundled data sets (CSV). */
    public static final DebianPackage SKLEARN =
            new DebianPackage("python3-sklearn", "usr/lib/python3/dist-packages/sklearn/datasets/data");
    /** Zalando's Fashion-MNIST (IDX, gzip). */
    public static final DebianPackage FASHION_MNIST =
            new DebianPackage("dataset-fashion-mnist", "usr/share/datasets/fashion-mnist");
}
