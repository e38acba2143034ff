package org.stepplan.learn.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The installed data sets read with the shapes, classes and scaling the packages promise. These tests need
 * {@code ./stepplan data install} (run by {@code .ci/run}); without it they fail with the install command.
 */
class KnownDatasetTest {

    private static final Path ROOT = DataDirectory.resolve();

    @Test
    void everyInstalledFileMatchesItsChecksum() {
        Installer installer = new Installer(ROOT, new java.io.PrintWriter(java.io.Writer.nullWriter()));
        for (KnownDataset d : KnownDataset.values()) {
            assertThat(installer.verify(d)).as(d.label() + " (run ./stepplan data install)").isEmpty();
        }
    }

    @Test
    void digitsAre1797ImagesOf64PixelsScaledTo01() {
        Dataset digits = KnownDataset.DIGITS.read(ROOT).train();
        assertThat(digits.examples()).isEqualTo(1797);
        assertThat(digits.features()).isEqualTo(64);
        assertThat(digits.classes()).isEqualTo(10);
        double[] x = digits.rowMajorFeatures();
        assertThat(Arrays.stream(x).max().getAsDouble()).isEqualTo(1.0);
        assertThat(Arrays.stream(x).min().getAsDouble()).isEqualTo(0.0);
        assertThat(digits.feature(0, 2)).isEqualTo(5.0 / 16); // first row: 0,0,5,13,...
        assertThat(digits.classCounts()).containsExactly(178, 182, 177, 183, 181, 182, 181, 179, 174, 180);
    }

    @Test
    void tabularSetsHaveTheirHeaderCountsAndClasses() {
        Dataset cancer = KnownDataset.BREAST_CANCER.read(ROOT).train();
        assertThat(cancer.examples()).isEqualTo(569);
        assertThat(cancer.features()).isEqualTo(30);
        assertThat(cancer.classNames()).containsExactly("malignant", "benign");
        assertThat(cancer.classCounts()).containsExactly(212, 357);
        assertThat(cancer.feature(0, 0)).isEqualTo(17.99);
        Dataset wine = KnownDataset.WINE.read(ROOT).train();
        assertThat(wine.examples()).isEqualTo(178);
        assertThat(wine.features()).isEqualTo(13);
        assertThat(wine.classCounts()).containsExactly(59, 71, 48);
        Dataset iris = KnownDataset.IRIS.read(ROOT).train();
        assertThat(iris.examples()).isEqualTo(150);
        assertThat(iris.features()).isEqualTo(4);
        assertThat(iris.classNames()).containsExactly("setosa", "versicolor", "virginica");
        assertThat(iris.classCounts()).containsExactly(50, 50, 50);
    }

    @Test
    void fashionMnistKeepsItsOfficialSplitWithPixelsOver255() {
        Split split = KnownDataset.FASHION_MNIST.read(ROOT);
        assertThat(split.train().examples()).isEqualTo(60_000);
        assertThat(split.test().examples()).isEqualTo(10_000);
        assertThat(split.train().features()).isEqualTo(784);
        assertThat(split.train().classCounts()).containsOnly(6000);
        assertThat(split.test().classCounts()).containsOnly(1000);
        assertThat(split.train().classNames().get(9)).isEqualTo("Ankle boot");
        double[] x = split.train().rowMajorFeatures();
        assertThat(Arrays.stream(x).max().getAsDouble()).isEqualTo(1.0);
        assertThat(split.train().label(0)).isEqualTo(9); // the first training image is an ankle boot
    }

    @Test
    void aMissingDataSetNamesTheInstallCommand() {
        Path empty = Path.of("does-not-exist-" + System.nanoTime());
        assertThat(KnownDataset.IRIS.isInstalled(empty)).isFalse();
        try {
            KnownDataset.IRIS.read(empty);
            throw new AssertionError("read should fail");
        } catch (MissingDatasetException e) {
            assertThat(e.getMessage()).contains("./stepplan data install iris").doesNotContain("\n");
        }
    }
}
