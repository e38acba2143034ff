package org.stepplan.paper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.stepplan.files.AtomicFiles;
import org.stepplan.files.Outputs;

/**
 * Crash-safe output of {@code reproduce}. Every file is written into a staging folder beside the output folder
 * ({@code .OUT.stepplan-PID-RANDOM.staging}), and {@value #MANIFEST} (each file's name, size and SHA-256) is written
 * there last. Then:
 * <ul>
 * <li>when the output folder does not exist or is empty, the staging folder is renamed to it in one
 *     {@code rename(2)}: a kill at any moment leaves either no result or the complete one;</li>
 * <li>with {@code --force} over a non-empty folder, the old {@value #MANIFEST} is removed first, each staged file is
 *     renamed over its namesake, and the new manifest comes last: a folder is a complete result exactly when its
 *     manifest exists (and matches its files), so a killed run over an older result is recognisable.</li>
 * </ul>
 * A staging folder left by a killed process is swept at the next run ({@link AtomicFiles#sweepStale}).
 */
final class Staging {

    /** The manifest's file name. */
    static final String MANIFEST = "manifest.json";

    private final Path out;
    private final Path folder;
    private boolean published;

    private Staging(Path out, Path folder) {
        this.out = out;
        this.folder = folder;
    }

    /**
     * Checks the output folder and creates the staging folder.
     *
     * @throws IllegalArgumentException when {@code out} cannot be written, or is not empty and {@code force} is false
     */
    static Staging begin(Path out, boolean force) throws IOException {
        Outputs.folder("--out", out);
        Path absolute = out.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute) && !force && !Outputs.isEmptyFolder(absolute)) {
            throw new IllegalArgumentException("--out " + out + ": not empty (use --force to write into it)");
        }
        Path folder = AtomicFiles.temporarySibling(absolute, "staging");
        AtomicFiles.deleteOnExit(folder);
        Files.createDirectory(folder);
        return new Staging(absolute, folder);
    }

    /** Where the files are written. */
    Path folder() {
        return folder;
    }

    /** Writes the manifest into the staging folder and moves the result into place. */
    void publish() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.list(folder)) {
            files = all.sorted().toList();
        }
        AtomicFiles.writeText(folder.resolve(MANIFEST), false, w -> {
            w.write("{\"files\": [");
            for (int i = 0; i < files.size(); i++) {
                Path f = files.get(i);
                w.write((i == 0 ? "\n" : ",\n") + "  {\"name\": \"" + f.getFileName() + "\", \"bytes\": " + Files.size(f)
                        + ", \"sha256\": \"" + sha256(f) + "\"}");
            }
            w.write("\n]}\n");
        });
        if (!Files.exists(out) || Outputs.isEmptyFolder(out)) {
            Files.move(folder, out, StandardCopyOption.ATOMIC_MOVE); // rename(2) also replaces an empty folder
        } else {
            Files.deleteIfExists(out.resolve(MANIFEST));
            AtomicFiles.syncFolder(out);
            for (Path f : files) {
                Files.move(f, out.resolve(f.getFileName().toString()), StandardCopyOption.ATOMIC_MOVE);
            }
            AtomicFiles.syncFolder(out);
            Files.move(folder.resolve(MANIFEST), out.resolve(MANIFEST), StandardCopyOption.ATOMIC_MOVE);
            Files.delete(folder);
        }
        AtomicFiles.syncFolder(out);
        AtomicFiles.syncFolder(out.getParent());
        published = true;
        AtomicFiles.keep(folder);
    }

    /** Removes the staging folder of a run that failed before {@link #publish}. */
    void abandon() throws IOException {
        if (!published) {
            AtomicFiles.deleteTree(folder);
            AtomicFiles.keep(folder);
        }
    }

    private static String sha256(Path f) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(f), MessageDigest.getInstance("SHA-256"))) {
            MessageDigest d = ((DigestInputStream) in).getMessageDigest();
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
