package org.stepplan.cli.main;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stepplan.core.Nearest;
import org.stepplan.core.Numbers;
import org.stepplan.files.AtomicFiles;
import org.stepplan.cli.DataCommand;
import org.stepplan.cli.ExitCodes;
import org.stepplan.cli.ListCommand;
import org.stepplan.cli.OneLine;
import org.stepplan.files.Outputs;
import org.stepplan.cli.RunCommand;
import org.stepplan.cli.bench.BenchCommand;
import org.stepplan.cli.compare.CompareCommand;
import org.stepplan.cli.reproduce.ReproduceCommand;
import org.stepplan.cli.study.StudyCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code stepplan} command line, above every subcommand's package. Exit codes ({@link ExitCodes}): 0 success, 1 internal error or a failed write after the work (one
 * line on stderr; an {@link OutOfMemoryError} or {@link StackOverflowError} names the JVM setting to raise), 2 bad
 * input (one line on stderr, no stack trace, control characters escaped and long values cut by {@link OneLine}; a run
 * estimated to need more heap than the JVM has is refused here), 3 the run diverged. Numbers in options are read
 * strictly by {@link Numbers} (plain decimal or scientific notation). Output files are written to temporary files
 * published at the end, so a failed run leaves none half-written.
 */
@Command(name = "stepplan", mixinStandardHelpOptions = true, version = "stepplan " + ExitCodes.VERSION,
        description = "Step-size adaptation for gradient descent, built around step-size planning (Csawg, Csaug).",
        subcommands = {RunCommand.class, ListCommand.class, CompareCommand.class, ReproduceCommand.class,
            DataCommand.class, BenchCommand.class, StudyCommand.class,
            CommandLine.HelpCommand.class})
public final class StepplanCli implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A bare {@code stepplan}: the usage on stderr, exit 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new StepplanCli());
        cl.setOut(out);
        cl.setErr(err);
        registerStrictNumbers(cl);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("stepplan: " + OneLine.of(parameterMessage(ex)));
            err.flush();
            return ExitCodes.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            String message;
            int code;
            if (ex instanceof IllegalArgumentException || ex instanceof AtomicFiles.FileAlreadyExists) {
                message = ex.getMessage();
                code = ExitCodes.BAD_INPUT;
            } else if (ex instanceof IOException io) {
                message = "could not write " + Outputs.describe(io);
                code = ExitCodes.INTERNAL_ERROR;
            } else if (ex.getCause() instanceof VirtualMachineError e
                    && (e instanceof OutOfMemoryError || e instanceof StackOverflowError)) {
                message = resourceMessage(e);
                code = ExitCodes.INTERNAL_ERROR;
            } else {
                message = "internal error: " + ex;
                code = ExitCodes.INTERNAL_ERROR;
            }
            err.println("stepplan: " + OneLine.of(message));
            err.flush();
            return code;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            err.println("stepplan: " + resourceMessage(e));
            return ExitCodes.INTERNAL_ERROR;
        }
    }

    /** What ran out, and the setting to change. */
    public static String resourceMessage(VirtualMachineError e) {
        if (e instanceof StackOverflowError) {
            return "out of thread stack (StackOverflowError); raise it with STEPPLAN_JAVA_OPTS=-Xss16m";
        }
        long maxMb = Runtime.getRuntime().maxMemory() >> 20;
        return "out of memory (" + e.getMessage() + ", maximum heap " + maxMb + " MB); raise it with "
                + "STEPPLAN_JAVA_OPTS=-Xmx" + ((maxMb >> 10) + 2) + "g, or lower the dimension";
    }

    /** Numbers of every option of every command: plain decimal or scientific notation only. */
    private static void registerStrictNumbers(CommandLine cl) {
        CommandLine.ITypeConverter<Double> real = text -> {
            try {
                return Numbers.real(text);
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + text + "' is not a number (plain decimal or "
                        + "scientific notation, such as 0.001 or 1e-3)");
            }
        };
        CommandLine.ITypeConverter<Long> integer = text -> {
            try {
                return Numbers.integer(text);
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + text + "' is not an integer");
            }
        };
        CommandLine.ITypeConverter<Integer> small = text -> {
            long v = integer.convert(text);
            if (v != (int) v) {
                throw new CommandLine.TypeConversionException("'" + text + "' is out of range");
            }
            return (int) v;
        };
        cl.registerConverter(Double.class, real).registerConverter(double.class, real);
        cl.registerConverter(Long.class, integer).registerConverter(long.class, integer);
        cl.registerConverter(Integer.class, small).registerConverter(int.class, small);
    }

    /** Picocli's message, except that a mistyped command or option is named with the nearest known one. */
    private static String parameterMessage(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String word = u.getUnmatched().get(0);
            CommandLine where = u.getCommandLine();
            List<String> options = new ArrayList<>(where.getCommandSpec().optionsMap().keySet());
            if (word.startsWith("-")) {
                return where.getCommandName() + ": unknown option '" + word + "'" + Nearest.hint(word, options);
            }
            if (!where.getSubcommands().isEmpty()) {
                List<String> commands = new ArrayList<>(where.getSubcommands().keySet());
                return (where.getParent() == null ? "" : where.getCommandName() + ": ") + "unknown command '" + word
                        + "'" + Nearest.hint(word, commands) + "; commands: " + String.join(", ", commands);
            }
            return where.getCommandName() + ": unexpected argument '" + word + "'";
        }
        return ex.getMessage();
    }
}
