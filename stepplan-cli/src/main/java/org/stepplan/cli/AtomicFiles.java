package org.stepplan.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes output files atomically: the content goes to a temporary file in the same folder, which is then renamed over
 * the target, so a reader never sees a half-written file and an interrupted run leaves none behind (on Ctrl-C a
 * shutdown hook deletes the temporary files still being written).
 */
public final class AtomicFiles {

    /** Temporary files being written now; a shutdown hook (Ctrl-C) deletes whatever is left of them. */
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IN_FLIGHT.forEach(p -> {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // nothing more to do while the JVM exits
            }
        }), "stepplan-temp-cleanup"));
    }

    /** Produces a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** Produces a file's content as bytes. */
    @FunctionalInterface
    public interface ByteContent {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes text to {@code target} atomically.
     *
     * @param overwrite whether an existing {@code target} may be replaced
     * @throws FileAlreadyExists when it exists and {@code overwrite} is false
     */
    public static void writeText(Path target, boolean overwrite, Content content) throws IOException {
        writeBytes(target, overwrite, out -> {
            Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            content.writeTo(w);
            w.flush();
        });
    }

    /** Writes bytes to {@code target} atomically (see {@link #writeText}). */
    public static void writeBytes(Path target, boolean overwrite, ByteContent content) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (!overwrite && Files.exists(absolute)) {
            throw new FileAlreadyExists(target);
        }
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        IN_FLIGHT.add(tmp);
        try {
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
            IN_FLIGHT.remove(tmp);
        }
    }

    /**
     * Makes {@code out} ready to receive a command's files: creates it if needed and refuses a non-empty folder
     * unless {@code force} (then files of the same name are replaced).
     *
     * @throws IllegalArgumentException if {@code out} is a file, or a non-empty folder without {@code force}
     */
    public static void prepareOutputFolder(Path out, boolean force) throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + " is a file, not a folder");
        }
        if (Files.isDirectory(out) && !force) {
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException("--out " + out + " is not empty (use --force to write into "
                            + "it)");
                }
            }
        }
        Files.createDirectories(out);
    }

    /** The target exists and overwriting was not allowed. */
    public static final class FileAlreadyExists extends IOException {
        public FileAlreadyExists(Path target) {
            super(target + " already exists (use --force to overwrite)");
        }
    }
}
