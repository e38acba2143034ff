package org.stepplan.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stepplan.core.Oracle;
import org.stepplan.files.AtomicFiles;
import org.stepplan.optim.OptimizerState;
import org.stepplan.run.Position;
import org.stepplan.run.Result;

/**
 * The complete state of a {@code stepplan run} after iteration k, as {@code --checkpoint} writes it and
 * {@code --resume} reads it: what the run is (its identity: problem, method, parameters, dimension, seed, stopping
 * rules and trace options, each compared on resume), where it stands ({@link Position}), the weights, the optimizer's
 * snapshot, the oracle's counts, generator state and sample state, and how many bytes of the trace were written.
 *
 * <p>File format (UTF-8 text, one {@code key value} per line, doubles as the 16 hex digits of their IEEE bits so that
 * they round-trip exactly):
 * <pre>
 * stepplan-checkpoint 1
 * id.method gd
 * ...
 * sha256 HEX      (of every byte before this line)
 * </pre>
 * A file whose first line, checksum or content does not parse is refused as corrupted or truncated.
 *
 * @param identity    what the run is, by name (compared on resume)
 * @param position    where it stands
 * @param w           the weights
 * @param optimizer   the optimizer's snapshot
 * @param oracle      the oracle's snapshot
 * @param traceBytes  bytes of the trace CSV written up to and including row k (0 without a trace)
 * @param finished    true for the checkpoint written at the end of the run
 */
public record RunCheckpoint(Map<String, String> identity, Position position, double[] w, OptimizerState optimizer,
                            Oracle.Snapshot oracle, long traceBytes, boolean finished) {

    /** The format written and read. */
    public static final int FORMAT = 1;
    private static final String MAGIC = "stepplan-checkpoint";

    /** The file's text, checksum last. */
    String text() {
        StringBuilder b = new StringBuilder(MAGIC).append(' ').append(FORMAT).append('\n');
        identity.forEach((k, v) -> line(b, "id." + k, v));
        line(b, "iteration", Long.toString(position.iteration()));
        line(b, "zero", position.zero() == null ? "none"
                : position.zero().iterations() + " " + position.zero().gradEvals());
        line(b, "base", longs(position.baseCounts()));
        line(b, "w", doubles(w));
        line(b, "optimizer", optimizer.method() + " " + optimizer.formatVersion());
        for (String name : optimizer.arrayNames()) {
            line(b, "optimizer.array." + name, doubles(optimizer.array(name)));
        }
        for (String name : optimizer.scalarNames()) {
            line(b, "optimizer.scalar." + name, doubles(new double[] {optimizer.scalar(name)}));
        }
        line(b, "oracle.counts", longs(oracle.counts()));
        line(b, "oracle.random", longs(oracle.random()));
        line(b, "oracle.sample", doubles(oracle.sample()));
        line(b, "trace.bytes", Long.toString(traceBytes));
        line(b, "finished", Boolean.toString(finished));
        String sum = sha256(b.toString());
        b.append("sha256 ").append(sum).append('\n');
        return b.toString();
    }

    /** Writes the checkpoint atomically (temporary file, fsync, rename over the previous one). */
    public void write(Path file) throws IOException {
        String text = text();
        AtomicFiles.writeText(file, true, out -> out.write(text));
    }

    /**
     * Reads a checkpoint.
     *
     * @throws IllegalArgumentException naming the file when it is missing, of another format, truncated or corrupted
     */
    public static RunCheckpoint read(Path file) throws IOException {
        String text;
        try {
            if (Files.isDirectory(file)) {
                throw new IllegalArgumentException("--resume " + file + ": is a folder, not a checkpoint");
            }
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("--resume " + file + ": no such checkpoint");
        }
        if (!text.startsWith(MAGIC + " ")) {
            throw new IllegalArgumentException("--resume " + file + ": not a stepplan checkpoint");
        }
        String first = text.substring(0, Math.max(0, text.indexOf('\n')));
        if (!first.equals(MAGIC + " " + FORMAT)) {
            throw new IllegalArgumentException("--resume " + file + ": checkpoint format '" + first.substring(
                    MAGIC.length()).strip() + "', this stepplan reads format " + FORMAT);
        }
        int sum = text.lastIndexOf("\nsha256 ");
        if (sum < 0 || !text.endsWith("\n")
                || !text.substring(sum + 8, text.length() - 1).equals(sha256(text.substring(0, sum + 1)))) {
            throw new IllegalArgumentException("--resume " + file + ": checksum mismatch (the checkpoint is truncated "
                    + "or corrupted)");
        }
        try {
            return parse(text.substring(0, sum + 1));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--resume " + file + ": unreadable checkpoint (" + e.getMessage() + ")");
        }
    }

    /**
     * Checks that this checkpoint is of the run {@code expected} describes.
     *
     * @throws IllegalArgumentException naming the first difference
     */
    public void requireSameRun(Path file, Map<String, String> expected) {
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String saved = identity.get(e.getKey());
            if (!e.getValue().equals(saved)) {
                throw new IllegalArgumentException("--resume " + file + ": the checkpoint is of " + e.getKey() + " '"
                        + saved + "', this run has '" + e.getValue() + "'");
            }
        }
        if (!identity.keySet().equals(expected.keySet())) {
            throw new IllegalArgumentException("--resume " + file + ": the checkpoint describes another kind of run");
        }
    }

    private static RunCheckpoint parse(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> lines = text.lines().toList();
        for (String l : lines.subList(1, lines.size())) {
            int space = l.indexOf(' ');
            fields.put(l.substring(0, space), unescape(l.substring(space + 1)));
        }
        Map<String, String> identity = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (k.startsWith("id.")) {
                identity.put(k.substring(3), v);
            }
        });
        String zero = get(fields, "zero");
        Result.Mark mark = null;
        if (!zero.equals("none")) {
            String[] z = zero.split(" ");
            mark = new Result.Mark(Long.parseLong(z[0]), Long.parseLong(z[1]));
        }
        Position position = new Position(Long.parseLong(get(fields, "iteration")), mark,
                parseLongs(get(fields, "base")));
        String[] opt = get(fields, "optimizer").split(" ");
        OptimizerState.Builder state = OptimizerState.builder(opt[0], Integer.parseInt(opt[1]));
        fields.forEach((k, v) -> {
            if (k.startsWith("optimizer.array.")) {
                state.array(k.substring("optimizer.array.".length()), parseDoubles(v));
            } else if (k.startsWith("optimizer.scalar.")) {
                state.scalar(k.substring("optimizer.scalar.".length()), parseDoubles(v)[0]);
            }
        });
        Oracle.Snapshot oracle = new Oracle.Snapshot(parseLongs(get(fields, "oracle.counts")),
                parseLongs(get(fields, "oracle.random")), parseDoubles(get(fields, "oracle.sample")));
        return new RunCheckpoint(identity, position, parseDoubles(get(fields, "w")), state.build(), oracle,
                Long.parseLong(get(fields, "trace.bytes")), Boolean.parseBoolean(get(fields, "finished")));
    }

    private static String get(Map<String, String> fields, String key) {
        String v = fields.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no '" + key + "'");
        }
        return v;
    }

    private static void line(StringBuilder b, String key, String value) {
        b.append(key).append(' ').append(escape(value)).append('\n');
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String doubles(double[] v) {
        long[] bits = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            bits[i] = Double.doubleToRawLongBits(v[i]);
        }
        return longs(bits);
    }

    private static String longs(long[] v) {
        StringBuilder b = new StringBuilder().append(v.length);
        for (long x : v) {
            b.append(' ').append(HexFormat.of().toHexDigits(x));
        }
        return b.toString();
    }

    private static double[] parseDoubles(String text) {
        long[] bits = parseLongs(text);
        double[] v = new double[bits.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = Double.longBitsToDouble(bits[i]);
        }
        return v;
    }

    private static long[] parseLongs(String text) {
        String[] parts = text.split(" ");
        int n = Integer.parseInt(parts[0]);
        if (parts.length != n + 1) {
            throw new IllegalArgumentException("a list of " + n + " has " + (parts.length - 1) + " values");
        }
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
            if (parts[i + 1].length() != 16) {
                throw new IllegalArgumentException("'" + parts[i + 1] + "' is not 16 hex digits");
            }
            v[i] = HexFormat.fromHexDigitsToLong(parts[i + 1]);
        }
        return v;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** {@code {k=v, ...}} with arrays written out (their own toString is an address). */
    private static String text(Map<String, ?> params) {
        StringBuilder b = new StringBuilder("{");
        params.forEach((k, v) -> b.append(b.length() > 1 ? ", " : "").append(k).append('=')
                .append(v instanceof double[] a ? java.util.Arrays.toString(a) : String.valueOf(v)));
        return b.append('}').toString();
    }

    /** The identity lines of a run, in a fixed order. */
    public static Map<String, String> identity(Experiment.Prepared p, List<String> traceOptions) {
        Map<String, String> id = new LinkedHashMap<>();
        id.put("problem", p.problem().name());
        id.put("problem-params", text(p.problem().params()));
        id.put("dimension", Integer.toString(p.problem().dimension()));
        id.put("method", p.config().method());
        id.put("params", text(p.config().params()));
        id.put("start", doubles(p.start()));
        id.put("seed", Long.toString(p.spec().seed()));
        id.put("rules", p.spec().rules().toString());
        id.put("trace", String.join(" ", new ArrayList<>(traceOptions)));
        return id;
    }
}
