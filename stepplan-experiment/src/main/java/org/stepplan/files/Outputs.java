package org.stepplan.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/**
 * Checks of output locations before any work: every command calls these for each file or folder it will write, after
 * its inputs are validated and before its first run, so that a location that cannot be written is bad input (exit 2,
 * one line naming the path and the reason) and not a failure after the work. The check creates the missing parent
 * folders, creates and removes a probe file of our temporary naming there (the only reliable test of a read-only file
 * system, a permission, or a pseudo file system such as {@code /proc}), and sweeps our stale temporary files from it.
 */
public final class Outputs {

    private Outputs() {
    }

    /**
     * Checks that {@code file} can be written by {@code option}.
     *
     * @throws IllegalArgumentException for an empty path, a folder, an existing file without {@code force}, or a
     *                                  folder that cannot be created or written
     */
    public static void file(String option, Path file, boolean force) {
        requireNonEmpty(option, file);
        Path absolute = file.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new IllegalArgumentException(option + " " + file + ": is a folder, not a file");
        }
        if (!force && Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException(option + " " + file + ": already exists (use --force to overwrite)");
        }
        writableFolder(option, file, absolute.getParent());
    }

    /**
     * Checks that {@code folder} can receive the output of {@code option}: it is not a file, and its parent can be
     * written (the output is staged beside it and then moved in).
     *
     * @throws IllegalArgumentException for an empty path, a file, or a parent that cannot be created or written
     */
    public static void folder(String option, Path folder) {
        requireNonEmpty(option, folder);
        Path absolute = folder.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new IllegalArgumentException(option + " " + folder + ": is a file, not a folder");
        }
        if (absolute.getParent() == null) {
            throw new IllegalArgumentException(option + " " + folder + ": the root cannot be an output folder");
        }
        writableFolder(option, folder, absolute.getParent());
        if (Files.isDirectory(absolute)) {
            writableFolder(option, folder, absolute);
        }
    }

    /** True when {@code dir} exists and has no entries. */
    public static boolean isEmptyFolder(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void requireNonEmpty(String option, Path p) {
        if (p.toString().isEmpty()) {
            throw new IllegalArgumentException(option + ": an empty path");
        }
    }

    private static void writableFolder(String option, Path shown, Path dir) {
        Path probe = null;
        try {
            for (Path a = dir; a != null; a = a.getParent()) { // the nearest existing ancestor must be a folder
                if (Files.exists(a)) {
                    if (!Files.isDirectory(a)) {
                        throw new IllegalArgumentException(option + " " + shown + ": " + a + " is a file, not a "
                                + "folder");
                    }
                    break;
                }
            }
            Files.createDirectories(dir);
            AtomicFiles.sweepStale(dir);
            probe = AtomicFiles.temporarySibling(dir.resolve("probe"), "tmp");
            Files.newByteChannel(probe, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        } catch (IOException e) {
            throw new IllegalArgumentException(option + " " + shown + ": cannot write in " + dir + " ("
                    + reason(e) + ")");
        } finally {
            if (probe != null) {
                try {
                    Files.deleteIfExists(probe);
                } catch (IOException e) {
                    // the probe may not exist; nothing else to do
                }
            }
        }
    }

    /** An I/O failure in one line: the file it concerns, when known, and the reason. */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return f.getFile() + ": " + reason(e);
        }
        return reason(e);
    }

    /** The reason of an I/O failure in a few words. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
