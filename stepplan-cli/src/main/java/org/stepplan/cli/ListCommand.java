package org.stepplan.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.stepplan.core.ParamSpec;
import org.stepplan.optim.MethodSpec;
import org.stepplan.methods.Methods;
import org.stepplan.problems.ProblemSpec;
import org.stepplan.problems.Problems;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code stepplan list}: every problem and method with its parameters and defaults. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List every problem and method with its parameters and defaults.")
public final class ListCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("PROBLEMS  (--problem NAME [--problem-param KEY=VALUE]...)");
        for (ProblemSpec p : Problems.all()) {
            out.println();
            out.println("  " + p.name() + " - " + p.summary());
            printParams(out, p.params());
        }
        out.println();
        out.println("METHODS  (--method NAME [--param KEY=VALUE]...)");
        for (MethodSpec m : Methods.all()) {
            out.println();
            out.println("  " + m.name() + (Methods.isExternal(m.name()) ? " [external]" : "") + " - " + m.summary());
            printParams(out, m.params());
        }
        out.flush();
    }

    private static void printParams(PrintWriter out, List<ParamSpec> params) {
        for (ParamSpec p : params) {
            String kind = p.kind() == ParamSpec.Kind.CHOICE
                    ? p.choices().stream().collect(Collectors.joining("|"))
                    : p.kind().name().toLowerCase(java.util.Locale.ROOT);
            out.printf("      %-22s %-14s default %-10s %s%n", p.name(), kind, p.defaultText(), p.description());
        }
    }
}
