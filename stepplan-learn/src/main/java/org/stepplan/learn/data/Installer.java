package org.stepplan.learn.data;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Installs data sets from their Debian packages without installing the packages: {@code apt-get download PACKAGE}
 * and {@code dpkg-deb -x} into a temporary folder, then each file is checked against its SHA-256 and copied into the
 * data directory (temp file + rename, so a file is either complete or absent). Data sets whose files are present and
 * verify are left alone, so installing twice does nothing the second time. When the package lists are empty
 * ({@code /var/lib/apt/lists} holds no {@code *_Packages} file) it runs {@code apt-get update} if it is root, and
 * otherwise stops naming the command to run.
 */
public final class Installer {

    private static final Path APT_LISTS = Path.of("/var/lib/apt/lists");

    private final Path root;
    private final PrintWriter log;

    /**
     * @param root the data directory
     * @param log  where progress lines go
     */
    public Installer(Path root, PrintWriter log) {
        this.root = root;
        this.log = log;
    }

    /**
     * Installs {@code datasets} (those not already installed and verified), grouped by package.
     *
     * @throws IllegalArgumentException when a package cannot be fetched or a file does not verify, with the reason
     */
    public void install(List<KnownDataset> datasets) {
        Map<DebianPackage, List<KnownDataset>> needed = new LinkedHashMap<>();
        for (KnownDataset d : datasets) {
            if (d.isInstalled(root) && verify(d).isEmpty()) {
                log.println(d.label() + ": already installed in " + d.folder(root));
            } else {
                needed.computeIfAbsent(d.source(), k -> new ArrayList<>()).add(d);
            }
        }
        needed.forEach(this::installFrom);
        log.flush();
    }

    /** The names of the data set's files that are missing or whose contents do not match their SHA-256. */
    public List<String> verify(KnownDataset dataset) {
        List<String> bad = new ArrayList<>();
        for (KnownDataset.DataFile f : dataset.files()) {
            Path file = dataset.folder(root).resolve(f.name());
            if (!Files.isRegularFile(file) || !DataFiles.sha256(file).equals(f.sha256())) {
                bad.add(f.name());
            }
        }
        return bad;
    }

    private void installFrom(DebianPackage pkg, List<KnownDataset> datasets) {
        Path work = null;
        try {
            work = Files.createTempDirectory("stepplan-deb-");
            ensurePackageLists();
            log.println("apt-get download " + pkg.name());
            log.flush();
            run(work, "apt-get", "download", pkg.name());
            Path deb;
            try (Stream<Path> files = Files.list(work)) {
                deb = files.filter(p -> p.getFileName().toString().endsWith(".deb")).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("apt-get download " + pkg.name()
                                + " left no .deb file"));
            }
            Path extracted = work.resolve("x");
            run(work, "dpkg-deb", "-x", deb.toString(), extracted.toString());
            for (KnownDataset d : datasets) {
                copyVerified(d, extracted.resolve(pkg.folder()), deb.getFileName().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteRecursively(work);
        }
    }

    private void copyVerified(KnownDataset dataset, Path from, String debName) throws IOException {
        Path folder = dataset.folder(root);
        Files.createDirectories(folder);
        for (KnownDataset.DataFile f : dataset.files()) {
            Path source = from.resolve(f.name());
            if (!Files.isRegularFile(source)) {
                throw new IllegalArgumentException(debName + " has no " + f.name() + " in " + dataset.source().folder());
            }
            String sha = DataFiles.sha256(source);
            if (!sha.equals(f.sha256())) {
                throw new IllegalArgumentException(f.name() + " from " + debName + " has SHA-256 " + sha + ", expected "
                        + f.sha256() + "; the package's data changed, not installed");
            }
            Path temp = Files.createTempFile(folder, f.name(), ".part");
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, folder.resolve(f.name()), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
        Files.writeString(folder.resolve("SOURCE"), debName + " " + dataset.source().folder() + "\n",
                StandardCharsets.UTF_8);
        log.println(dataset.label() + ": installed in " + folder + " from " + debName + " (SHA-256 verified)");
    }

    private void ensurePackageLists() throws IOException {
        boolean empty;
        try (DirectoryStream<Path> lists = Files.newDirectoryStream(APT_LISTS, "*_Packages*")) {
            empty = !lists.iterator().hasNext();
        } catch (java.nio.file.NoSuchFileException e) {
            empty = true;
        }
        if (!empty) {
            return;
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new IllegalArgumentException("the apt package lists are empty; run: sudo apt-get update");
        }
        log.println("apt-get update (the package lists are empty)");
        log.flush();
        run(Path.of("."), "apt-get", "update");
    }

    private static void run(Path dir, String... command) throws IOException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) {
                String last = output.strip().lines().reduce((a, b) -> b).orElse("");
                throw new IllegalArgumentException(String.join(" ", command) + " failed (exit " + p.exitValue()
                        + "): " + last);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", command), e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
