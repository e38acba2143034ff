package org.stepplan.cli;

/**
 * The exit codes of every {@code stepplan} command and the tool's version: the subcommands return these, and the root
 * command above them maps exceptions to them.
 */
public final class ExitCodes {

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

    private ExitCodes() {
    }
}
