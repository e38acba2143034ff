package org.stepplan.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.stepplan.core.Oracle;
import org.stepplan.experiment.Experiment;
import org.stepplan.experiment.RunCheckpoint;
import org.stepplan.files.AtomicFiles;
import org.stepplan.optim.Optimizer;
import org.stepplan.run.Checkpoints;
import org.stepplan.run.Position;
import org.stepplan.run.RunListener;
import org.stepplan.run.Thinning;

/**
 * {@code stepplan run --checkpoint FILE} and {@code --resume FILE}. Every {@code every} iterations (a multiple of
 * the trace's thinning, so that the row of a checkpoint is always written) and at the end, the trace written so far
 * is flushed to disk and the complete state goes to FILE atomically ({@link RunCheckpoint}). While the run goes, the
 * trace grows in {@code .NAME.stepplan-part} beside its target; at the end that file takes the target's name
 * ({@link #publish}: without replacing an existing file unless {@code --force}). A resumed run cuts the part file back to the checkpoint's byte
 * count and continues it, so the trace and the result are byte for byte those of the uninterrupted run.
 */
final class CheckpointedRun implements Checkpoints {

    private final Map<String, String> identity;
    private final Path checkpoint;
    private final long every;
    private final FileChannel part;
    private final Writer csv;

    private CheckpointedRun(Map<String, String> identity, Path checkpoint, long every, FileChannel part, Writer csv) {
        this.identity = identity;
        this.checkpoint = checkpoint;
        this.every = every;
        this.part = part;
        this.csv = csv;
    }

    /** The file a trace grows in while a checkpointed run goes. */
    static Path partOf(Path trace) {
        Path absolute = trace.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + ".stepplan-part");
    }

    /**
     * Runs (or continues, when {@code from} is not null) with checkpoints into {@code checkpoint}.
     *
     * @param trace   the trace target, or null for none
     * @param columns the trace's step-size columns
     * @throws IllegalArgumentException when the trace part file does not hold the checkpoint's bytes
     */
    static Experiment.Outcome run(Experiment.Prepared prepared, Map<String, String> identity, RunCheckpoint from,
                                  Path checkpoint, long every,
                                  Path trace, boolean force, Thinning thinning, StepSizeColumns columns)
            throws IOException {
        FileChannel part = null;
        Writer csv = null;
        if (trace != null) {
            Path partFile = partOf(trace);
            if (from == null) {
                part = FileChannel.open(partFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING);
            } else {
                if (!Files.isRegularFile(partFile) || Files.size(partFile) < from.traceBytes()) {
                    throw new IllegalArgumentException("--resume: the trace written so far (" + partFile + ") is "
                            + "missing or shorter than the checkpoint's " + from.traceBytes() + " bytes");
                }
                part = FileChannel.open(partFile, StandardOpenOption.WRITE);
                part.truncate(from.traceBytes());
                part.position(from.traceBytes());
            }
            csv = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(part), StandardCharsets.UTF_8));
        }
        CheckpointedRun checkpoints = new CheckpointedRun(identity, checkpoint, every, part, csv);
        try {
            RunListener[] listeners = csv == null ? new RunListener[0] : new RunListener[] {from == null
                    ? new TraceCsv(csv, thinning, columns)
                    : TraceCsv.continuing(csv, thinning, columns, stepSizes(prepared))};
            Experiment.Outcome outcome = Experiment.execute(prepared, from, checkpoints, listeners);
            if (csv != null) {
                csv.close();
            }
            return outcome;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (part != null) {
                part.close();
            }
        }
    }

    /**
     * Gives the finished trace its name (a link that fails on an existing target unless {@code force}).
     *
     * @throws AtomicFiles.FileAlreadyExists when the target appeared meanwhile and {@code force} is false
     */
    static void publish(Path trace, boolean force) throws IOException {
        AtomicFiles.publish(partOf(trace), trace.toAbsolutePath(), force, trace);
        AtomicFiles.syncFolder(trace.toAbsolutePath().getParent());
    }

    private static int stepSizes(Experiment.Prepared p) {
        return p.config().create(p.problem().dimension()).stepSizeCount();
    }

    @Override
    public boolean due(long k) {
        return k % every == 0; // k = 0 too: a run is resumable from its first row on
    }

    @Override
    public void save(Position position, double[] w, Optimizer optimizer, Oracle oracle, boolean finished) {
        try {
            long bytes = 0;
            if (csv != null) {
                csv.flush();
                part.force(false);
                bytes = part.position();
            }
            new RunCheckpoint(identity, position, w.clone(), optimizer.snapshot(), oracle.snapshot(), bytes,
                    finished).write(checkpoint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The trace options that are part of a checkpointed run's identity. */
    static List<String> traceOptions(Path trace, long traceEvery, String stepSizes) {
        return List.of(trace == null ? "none" : trace.toAbsolutePath().toString(), Long.toString(traceEvery),
                stepSizes);
    }
}
