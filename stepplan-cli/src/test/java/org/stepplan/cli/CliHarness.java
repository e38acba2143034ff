package org.stepplan.cli;

import org.stepplan.cli.main.StepplanCli;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and captures exit code, stdout and stderr. */
record CliHarness(int exit, String out, String err) {

    static CliHarness run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = StepplanCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliHarness(code, out.toString(), err.toString());
    }
}
