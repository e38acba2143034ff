package org.stepplan.cli;

import java.io.PrintWriter;
import org.stepplan.cli.bench.BenchCommand;
import org.stepplan.cli.compare.CompareCommand;
import org.stepplan.cli.reproduce.ReproduceCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code stepplan} command line. Exit codes: 0 success, 1 internal error (one line on stderr; an
 * {@link OutOfMemoryError} or {@link StackOverflowError} names the JVM setting to raise), 2 bad input (one line on
 * stderr, no stack trace; a run estimated to need more heap than the JVM has is refused here), 3 the run diverged.
 * Output files are written to temporary files renamed at the end, so a failed run leaves none half-written.
 */
@Command(name = "stepplan", mixinStandardHelpOptions = true, version = "stepplan " + StepplanCli.VERSION,
        description = "Step-size adaptation for gradient descent, built around step-size planning (Csawg, Csaug).",
        subcommands = {RunCommand.class, ListCommand.class, CompareCommand.class, ReproduceCommand.class,
            DataCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class})
public final class StepplanCli implements Runnable {

    /** The version of the tool. */
    public static final String VERSION = "0.1.0";

    /** Exit code of a run that ended normally. */
    public static final int OK = 0;
    /** Exit code of an unexpected failure. */
    public static final int INTERNAL_ERROR = 1;
    /** Exit code of bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit code of a diverged run. */
    public static final int DIVERGED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new StepplanCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("stepplan: " + ex.getMessage());
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof IllegalArgumentException || ex instanceof AtomicFiles.FileAlreadyExists) {
                err.println("stepplan: " + ex.getMessage());
                return BAD_INPUT;
            }
            if (ex.getCause() instanceof VirtualMachineError e
                    && (e instanceof OutOfMemoryError || e instanceof StackOverflowError)) {
                err.println("stepplan: " + resourceMessage(e));
                return INTERNAL_ERROR;
            }
            err.println("stepplan: internal error: " + ex);
            return INTERNAL_ERROR;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            err.println("stepplan: " + resourceMessage(e));
            return INTERNAL_ERROR;
        }
    }

    /** What ran out, and the setting to change. */
    static String resourceMessage(VirtualMachineError e) {
        if (e instanceof StackOverflowError) {
            return "out of thread stack (StackOverflowError); raise it with STEPPLAN_JAVA_OPTS=-Xss16m";
        }
        long maxMb = Runtime.getRuntime().maxMemory() >> 20;
        return "out of memory (" + e.getMessage() + ", maximum heap " + maxMb + " MB); raise it with "
                + "STEPPLAN_JAVA_OPTS=-Xmx" + ((maxMb >> 10) + 2) + "g, or lower the dimension";
    }
}
