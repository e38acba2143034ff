package org.stepplan.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes output files atomically and durably: the content goes to a temporary file in the same folder, created with
 * the process umask's permissions, which is flushed to disk ({@code fsync}) and then published under the target name,
 * so a reader never sees a half-written file.
 *
 * <p>Publishing without overwrite is a hard link of the temporary file to the target followed by the removal of the
 * temporary name: {@code link(2)} fails when the target exists, so of two processes racing for the same target only
 * one succeeds and the other is told the file exists (no check-then-write window). Publishing with overwrite is a
 * {@code rename(2)}, which replaces the target atomically.
 *
 * <p>Temporary names are ours alone: {@code .NAME.stepplan-PID-RANDOM.tmp} (and {@code .stepplan-PID-RANDOM.staging}
 * folders). A process killed before it could clean up leaves such names behind; {@link #sweepStale} removes those
 * whose process id no longer runs. On Ctrl-C a shutdown hook deletes the temporary files still being written.
 */
public final class AtomicFiles {

    /** Our temporary names: a dot, anything, {@code .stepplan-PID-RANDOM}, then {@code .tmp} or {@code .staging}. */
    private static final Pattern OURS = Pattern.compile("\\..*\\.stepplan-(\\d+)-[0-9a-f]{12}\\.(tmp|staging)");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long PID = ProcessHandle.current().pid();

    /** Temporary files being written now; a shutdown hook (Ctrl-C) deletes whatever is left of them. */
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IN_FLIGHT.forEach(p -> {
            try {
                deleteTree(p);
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
        void writeTo(OutputStream out) throws IOException;
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
            Writer w = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            content.writeTo(w);
            w.flush();
        });
    }

    /** Writes bytes to {@code target} atomically (see {@link #writeText}). */
    public static void writeBytes(Path target, boolean overwrite, ByteContent content) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (!overwrite && Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExists(target);
        }
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path tmp = temporarySibling(absolute, "tmp");
        IN_FLIGHT.add(tmp);
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            publish(tmp, absolute, overwrite, target);
            syncFolder(dir);
        } finally {
            Files.deleteIfExists(tmp);
            IN_FLIGHT.remove(tmp);
        }
    }

    /**
     * Gives {@code tmp} the name {@code target}: a rename when {@code overwrite}, else a hard link that fails when the
     * target exists (where the file system has no hard links: a move without replacement).
     *
     * @param shown the target as the user named it, for the message
     * @throws FileAlreadyExists when the target exists and {@code overwrite} is false
     */
    public static void publish(Path tmp, Path target, boolean overwrite, Path shown) throws IOException {
        if (overwrite) {
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return;
        }
        try {
            Files.createLink(target, tmp);
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExists(shown);
        } catch (UnsupportedOperationException | FileSystemException e) {
            try {
                Files.move(tmp, target);
            } catch (FileAlreadyExistsException again) {
                throw new FileAlreadyExists(shown);
            }
        }
        Files.deleteIfExists(tmp);
    }

    /** A fresh name of our own beside {@code target}: {@code .NAME.stepplan-PID-RANDOM.KIND}. */
    public static Path temporarySibling(Path target, String kind) {
        byte[] r = new byte[6];
        RANDOM.nextBytes(r);
        StringBuilder hex = new StringBuilder();
        for (byte b : r) {
            hex.append(String.format("%02x", b & 0xff));
        }
        Path absolute = target.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + ".stepplan-" + PID + "-" + hex + "." + kind);
    }

    /** Deletes {@code path} at exit if it still exists then (a temporary file or folder being written). */
    public static void deleteOnExit(Path path) {
        IN_FLIGHT.add(path);
    }

    /** Stops the deletion at exit of {@code path} (it was published or removed). */
    public static void keep(Path path) {
        IN_FLIGHT.remove(path);
    }

    /**
     * Removes from {@code dir} the temporary files and folders of our naming left by processes that no longer run
     * (killed before they could clean up). Names of a live process, and every other name, are left alone.
     *
     * @return how many were removed
     */
    public static int sweepStale(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*.stepplan-*")) {
            for (Path p : entries) {
                Matcher m = OURS.matcher(p.getFileName().toString());
                if (m.matches() && !running(Long.parseLong(m.group(1)))) {
                    deleteTree(p);
                    removed++;
                }
            }
        }
        return removed;
    }

    private static boolean running(long pid) {
        return pid == PID || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Deletes a file, or a folder with everything in it; nothing when it does not exist. */
    public static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> all = Files.walk(p)) {
                for (Path q : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(q);
                }
            }
        } else {
            Files.deleteIfExists(p);
        }
    }

    /**
     * Makes {@code out} ready to receive a command's files one by one (each written atomically): checks that it can be
     * written ({@link Outputs#folder}), creates it if needed and refuses a non-empty folder unless {@code force} (then
     * files of the same name are replaced). {@code reproduce} goes further and publishes its whole result at once
     * ({@code Staging}).
     *
     * @throws IllegalArgumentException if {@code out} cannot be written, or is a non-empty folder without {@code force}
     */
    public static void prepareOutputFolder(Path out, boolean force) throws IOException {
        Outputs.folder("--out", out);
        if (Files.isDirectory(out) && !force && !Outputs.isEmptyFolder(out)) {
            throw new IllegalArgumentException("--out " + out + ": not empty (use --force to write into it)");
        }
        Files.createDirectories(out);
    }

    /** Flushes a folder's entries (the names just published) to disk, where the platform allows it. */
    public static void syncFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not every platform can open a folder for syncing; the files themselves are synced
        }
    }

    /** The target exists and overwriting was not allowed. */
    public static final class FileAlreadyExists extends IOException {
        public FileAlreadyExists(Path target) {
            super(target + " already exists (use --force to overwrite)");
        }
    }
}
