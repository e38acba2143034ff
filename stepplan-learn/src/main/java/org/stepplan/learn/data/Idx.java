package org.stepplan.learn.data;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The IDX files of MNIST and Fashion-MNIST: a big-endian magic number {@code 0x00000801} (labels, unsigned bytes)
 * or {@code 0x00000803} (images, unsigned bytes, n x rows x cols), the dimension sizes as big-endian ints, then the
 * data. Pixels are scaled to {@code p / 255}.
 */
public final class Idx {

    private static final int LABELS = 0x00000801;
    private static final int IMAGES = 0x00000803;

    private Idx() {
    }

    /** The images of {@code images} (pixel/255, row-major 28x28 = 784 features) with the labels of {@code labels}. */
    public static Dataset read(String name, Path images, Path labels, List<String> classes) {
        int[] y = readLabels(labels);
        try (DataInputStream in = new DataInputStream(DataFiles.open(images))) {
            requireMagic(images, in.readInt(), IMAGES);
            int n = in.readInt();
            int d = in.readInt() * in.readInt();
            if (n != y.length) {
                throw new IllegalArgumentException(images + " has " + n + " images but " + labels + " has "
                        + y.length + " labels");
            }
            byte[] pixels = new byte[n * d];
            in.readFully(pixels);
            double[] x = new double[n * d];
            for (int k = 0; k < x.length; k++) {
                x[k] = (pixels[k] & 0xff) / 255.0;
            }
            return new Dataset(name, x, y, d, classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int[] readLabels(Path file) {
        try (DataInputStream in = new DataInputStream(DataFiles.open(file))) {
            requireMagic(file, in.readInt(), LABELS);
            byte[] raw = new byte[in.readInt()];
            in.readFully(raw);
            int[] y = new int[raw.length];
            for (int i = 0; i < y.length; i++) {
                y[i] = raw[i] & 0xff;
            }
            return y;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireMagic(Path file, int magic, int expected) {
        if (magic != expected) {
            throw new IllegalArgumentException(file + " is not an IDX file of the expected kind: magic 0x"
                    + Integer.toHexString(magic) + ", expected 0x" + Integer.toHexString(expected));
        }
    }
}
