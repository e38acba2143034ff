package org.stepplan.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stepplan.learn.data.DataDirectory;
import org.stepplan.learn.data.Installer;
import org.stepplan.learn.data.KnownDataset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code stepplan data}: install the data sets from their Debian packages, list what is installed. */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = "Install data sets from Debian packages into $" + DataDirectory.VARIABLE
                + " (default ~/.cache/stepplan/data), or list them.",
        subcommands = {DataCommand.Install.class, DataCommand.ListData.class})
public final class DataCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code stepplan data install [NAME...]}. */
    @Command(name = "install", mixinStandardHelpOptions = true,
            description = "Download the packages (apt-get download), extract the files (dpkg-deb -x), verify their "
                    + "SHA-256 and copy them into the data directory. Idempotent.")
    static final class Install implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "NAME", arity = "0..*", description = "data sets (default: all)")
        List<String> names = new ArrayList<>();

        @Override
        public Integer call() {
            List<KnownDataset> which = names.isEmpty() ? List.of(KnownDataset.values())
                    : names.stream().map(KnownDataset::ofLabel).toList();
            new Installer(DataDirectory.resolve(), spec.commandLine().getOut()).install(which);
            return ExitCodes.OK;
        }
    }

    /** {@code stepplan data list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Show every known data set: installed or not, its size and its source.")
    static final class ListData implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Path root = DataDirectory.resolve();
            PrintWriter out = spec.commandLine().getOut();
            out.println("data directory " + root);
            Installer installer = new Installer(root, out);
            for (KnownDataset d : KnownDataset.values()) {
                List<String> bad = installer.verify(d);
                long bytes = 0;
                for (KnownDataset.DataFile f : d.files()) {
                    Path file = d.folder(root).resolve(f.name());
                    bytes += Files.isRegularFile(file) ? Files.size(file) : 0;
                }
                String state = bad.isEmpty() ? "installed" : bad.size() == d.files().size() && bytes == 0
                        ? "missing" : "damaged (" + String.join(", ", bad) + ")";
                out.printf("  %-14s %-10s %9.1f MB  from %s:/%s%n", d.label(), state, bytes / 1e6,
                        d.source().name(), d.source().folder());
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
