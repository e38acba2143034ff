package org.stepplan.suite.output;

import static org.stepplan.report.Document.cells;
import static org.stepplan.report.Document.code;
import static org.stepplan.report.Document.escape;
import static org.stepplan.report.Document.items;
import static org.stepplan.report.Document.rows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stepplan.report.Document;
import org.stepplan.suite.Bench;
import org.stepplan.suite.Entrant;
import org.stepplan.suite.Selection;
import org.stepplan.suite.Trial;
import org.stepplan.suite.Verdicts;

/** What {@code report.md} and {@code report.html} say: the rules, then per suite the table, verdicts and figures. */
final class BenchReportContent {

    private BenchReportContent() {
    }

    static Document of(List<Bench.SuiteResult> results, String command, long budget, double tol,
                       List<Entrant> entrants) {
        Document.Builder r = new Document.Builder("stepplan bench");
        r.paragraph("Written by " + code(command) + ". Every run starts from the problem's standard start; every run is "
                + "deterministic, and every file here except `timing.csv` is byte-identical whatever `--threads`.");
        r.heading(2, "Rules");
        r.bullets(items(List.of(
                "Evaluations: every call a method makes through stepplan's counting oracle, a value-and-gradient call "
                        + "and a value-only call alike (commons-math3's conjugate gradient asks for values in its "
                        + "line search, Nelder-Mead only for values; L-BFGS counts every line-search trial).",
                String.format(Locale.ROOT, "Budget: %d evaluations per run. A run *solves* a problem when an "
                        + "evaluated point has f - f\\* <= T (f0 - f\\*), T = %s (Moré and Wild's convergence test); "
                        + "its cost is the number of evaluations until then.", budget, tol),
                "Settings: methods that need a step size are tried over a decade grid (docs/bench.md); per suite "
                        + "the one setting that solves the most problems is kept (ties: fewer total evaluations, "
                        + "an unsolved problem counting the budget; then grid order). The table says `best of N` "
                        + "for a tuned method; L-BFGS and the commons-math3 peers run at their defaults.",
                "Performance profile (Dolan and Moré 2002): the fraction of problems a method solves within a "
                        + "factor tau of the fewest evaluations any method needed. Data profile (Moré and Wild 2009):"
                        + " the fraction solved within kappa (n + 1) evaluations.",
                "Verdict: a family is represented by its best member (most solved, then the smaller median "
                        + "evaluations); it is compared with the suite's best method on the problems both solve.")));
        for (Bench.SuiteResult s : results) {
            suite(r, s, budget);
        }
        r.heading(2, "Files");
        r.bullets(items(List.of("`results.csv`: every run (all grid settings; `chosen` marks the ones used here).",
                "`performance-SUITE.*`, `data-SUITE.*`: the profiles (PNG, SVG and the CSV of their points).",
                "`convergence/PROBLEM.*`: (best f - f\\*) / (f0 - f\\*) against evaluations, per problem.",
                "`nist.csv`: certified digits (when the nist suite ran); `timing.csv`: wall time per run.")));
        return r.build();
    }

    private static void suite(Document.Builder r, Bench.SuiteResult s, long budget) {
        int n = s.problems().size();
        r.heading(2, "Suite " + escape(s.suite()) + " (" + n + " problems)");
        List<List<String>> summary = new ArrayList<>();
        for (Selection.Chosen c : s.chosen()) {
            double median = Verdicts.medianEvaluations(c);
            summary.add(List.of(code(c.entrant().method()), escape(c.entrant().family()), escape(c.describe()),
                    c.solved() + " / " + n, String.format(Locale.ROOT, "%.0f%%", 100.0 * c.solved() / n),
                    Double.isFinite(median) ? String.format(Locale.ROOT, "%.0f", median) : "-"));
        }
        r.table(cells(List.of("method", "family", "setting", "solved", "solved %", "median evaluations (solved)")),
                rows(summary));
        r.heading(3, "Verdicts");
        r.bullets(items(s.verdicts().stream().map(v -> escape(v.family() + ": " + v.text())).toList()));
        r.figure("performance-" + s.suite() + ".png", "performance profile " + s.suite(), "");
        r.figure("data-" + s.suite() + ".png", "data profile " + s.suite(), "");
        if (s.suite().equals("nist")) {
            nist(r, s);
        }
        r.heading(3, "Evaluations to solve, per problem");
        List<String> header = new ArrayList<>(List.of("problem", "n"));
        s.chosen().forEach(c -> header.add(code(c.entrant().method())));
        List<List<String>> perProblem = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            List<String> row = new ArrayList<>(List.of(escape(s.problems().get(p).label()),
                    Integer.toString(s.problems().get(p).problem().dimension())));
            for (Selection.Chosen c : s.chosen()) {
                Trial t = c.trials().get(p);
                row.add(t.solved() ? Integer.toString(t.evaluationsToSolve()) : escape("- (" + t.status() + ")"));
            }
            perProblem.add(row);
        }
        r.table(cells(header), rows(perProblem));
    }

    private static void nist(Document.Builder r, Bench.SuiteResult s) {
        r.heading(3, "Certified digits (NIST StRD)");
        r.paragraph("Correct significant digits of the best residual sum of squares against NIST's certified value "
                + "(log relative error, at most 15.9), and in brackets the fewest correct digits over the last "
                + "iterate's parameters.");
        List<String> header = new ArrayList<>(List.of("problem"));
        s.chosen().forEach(c -> header.add(code(c.entrant().method())));
        List<List<String>> digits = new ArrayList<>();
        for (int p = 0; p < s.problems().size(); p++) {
            List<String> row = new ArrayList<>(List.of(escape(s.problems().get(p).label())));
            for (Selection.Chosen c : s.chosen()) {
                Trial t = c.trials().get(p);
                row.add(String.format(Locale.ROOT, "%.1f (%.1f)", t.digitsOfValue(), t.digitsOfParameters()));
            }
            digits.add(row);
        }
        r.table(cells(header), rows(digits));
    }
}
