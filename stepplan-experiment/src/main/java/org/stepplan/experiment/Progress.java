package org.stepplan.experiment;

import java.io.PrintStream;
import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a reproduction on stderr: a progress bar on a terminal, a few plain lines otherwise (logs, pipes,
 * tests: one line per tenth of a phase, no control characters). Thread-safe: items finish on worker threads.
 */
public interface Progress extends AutoCloseable {

    /** System property set by the launcher: whether stderr is a terminal. */
    String TTY_PROPERTY = "stepplan.stderr.tty";

    /** Starts a phase of {@code total} items. */
    void phase(String name, int total);

    /** One item of the current phase is done. */
    void done(String item);

    @Override
    void close();

    /** Whether stderr is a terminal: the launcher says so, else a console is attached. */
    static boolean stderrIsTerminal() {
        String said = System.getProperty(TTY_PROPERTY);
        return said != null ? Boolean.parseBoolean(said) : System.console() != null;
    }

    /** The progress of a command on stderr: a bar when stderr is a terminal, else plain lines on {@code err}. */
    static Progress onStderr(PrintWriter err) {
        return stderrIsTerminal() ? bar(System.err) : lines(err);
    }

    /** Nothing. */
    static Progress none() {
        return new Progress() {
            @Override
            public void phase(String name, int total) {
            }

            @Override
            public void done(String item) {
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * A line each time another tenth of a phase is done, naming the item that completed it:
     * {@code [6/52] runs: Csawg K2 γ=0.001}. A phase of n items prints min(n, 10) lines.
     */
    static Progress lines(PrintWriter err) {
        return new Progress() {
            private String phase = "";
            private int total;
            private int count;

            @Override
            public synchronized void phase(String name, int total) {
                this.phase = name;
                this.total = total;
                this.count = 0;
            }

            @Override
            public synchronized void done(String item) {
                count++;
                if (tenths(count, total) > tenths(count - 1, total)) {
                    err.println("[" + count + "/" + total + "] " + phase + ": " + item);
                    err.flush();
                }
            }

            @Override
            public void close() {
                err.flush();
            }
        };
    }

    /** How many whole tenths of {@code total} items {@code count} items are: floor(10 count / total). */
    private static long tenths(int count, int total) {
        return total <= 0 ? count : 10L * count / total;
    }

    /** A progress bar (me.tongfei progressbar) per phase on {@code err}. */
    static Progress bar(PrintStream err) {
        return new Progress() {
            private ProgressBar bar;

            @Override
            public synchronized void phase(String name, int total) {
                close();
                bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(total)
                        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(100)
                        .setConsumer(new ConsoleProgressBarConsumer(err)).build();
            }

            @Override
            public synchronized void done(String item) {
                if (bar != null) {
                    bar.step();
                    bar.setExtraMessage(item);
                }
            }

            @Override
            public synchronized void close() {
                if (bar != null) {
                    bar.close();
                    bar = null;
                }
            }
        };
    }
}
