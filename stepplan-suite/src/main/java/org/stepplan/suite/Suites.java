package org.stepplan.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.stepplan.problems.Problem;
import org.stepplan.problems.Problems;
import org.stepplan.problems.mgh.MghProblems;
import org.stepplan.problems.nist.NistProblems;

/**
 * The problem suites by name.
 *
 * <ul>
 *   <li>{@code mgh}: {@link MghProblems#all()}, the Moré-Garbow-Hillstrom problems at their standard dimensions and
 *   starts, with their published f* (a problem whose f* is not published at its standard size would be left out;
 *   none is today).</li>
 *   <li>{@code nist}: {@link NistProblems#all(int)} from NIST's start 1 and start 2 (labels
 *   {@code nist-<name>-start1|2}): f* = the certified residual sum of squares, w* = the certified parameters.</li>
 *   <li>{@code quadratics}: {@code rotated-quadratic} for d in {50, 1000} x condition L/mu in {1e2, 1e3, 1e4}
 *   (defaults otherwise: start 0, w* = ones, f* = 0), labelled {@code rq-d<d>-k<condition>}.</li>
 *   <li>{@code learning}: stepplan-learn's {@code logistic} on breast-cancer and {@code softmax} on digits, each at
 *   its defaults (l2 1e-4, 20% held out), on the full batch and at batch 32 (label suffix {@code -b32}: minibatches
 *   drawn from seed 0, progress measured by the full training loss at each iterate; {@code mlp} is left out: about 3
 *   minutes per run of 2,000 full-batch evaluations here); f* unknown, so measured against the least value any run reached (Moré and Wild's f_L). Needs
 *   {@code ./stepplan data install}.</li>
 * </ul>
 */
public final class Suites {

    /** Every suite's name, in the order the benchmark runs them. */
    public static final List<String> NAMES = List.of("mgh", "nist", "quadratics", "learning");

    /** The suites run when none is named: every suite but {@code learning} (its data must be installed). */
    public static final List<String> DEFAULTS = List.of("mgh", "nist", "quadratics");

    private Suites() {
    }

    /**
     * The problems of {@code suites} in {@link #NAMES} order.
     *
     * @throws IllegalArgumentException for an unknown suite
     */
    public static List<BenchProblem> of(Set<String> suites) {
        for (String s : suites) {
            if (!NAMES.contains(s)) {
                throw new IllegalArgumentException("--suite: unknown suite '" + s + "'; known: "
                        + String.join(", ", NAMES));
            }
        }
        List<BenchProblem> problems = new ArrayList<>();
        for (String name : NAMES) {
            if (suites.contains(name)) {
                problems.addAll(suite(name));
            }
        }
        return problems;
    }

    private static List<BenchProblem> suite(String name) {
        return switch (name) {
            case "mgh" -> MghProblems.all().stream().filter(p -> p.optimalValue().isPresent())
                    .map(p -> new BenchProblem("mgh", p.name(), p)).toList();
            case "nist" -> nist();
            case "quadratics" -> quadratics();
            case "learning" -> learning();
            default -> throw new IllegalStateException(name);
        };
    }

    private static List<BenchProblem> nist() {
        List<BenchProblem> problems = new ArrayList<>();
        for (int start : new int[] {1, 2}) {
            for (Problem p : NistProblems.all(start)) {
                problems.add(new BenchProblem("nist", p.name() + "-start" + start, p));
            }
        }
        return problems;
    }

    private static List<BenchProblem> learning() {
        List<BenchProblem> problems = new ArrayList<>();
        for (String[] m : new String[][] {{"logistic", "breast-cancer"}, {"softmax", "digits"}}) {
            Problem full = Problems.create(m[0], Map.of("dataset", m[1], "batch", "all"));
            String label = m[0] + "-" + m[1];
            problems.add(new BenchProblem("learning", label, full));
            problems.add(new BenchProblem("learning", label + "-b32",
                    Problems.create(m[0], Map.of("dataset", m[1], "batch", "32")), full));
        }
        return problems;
    }

    private static List<BenchProblem> quadratics() {
        List<BenchProblem> problems = new ArrayList<>();
        for (int d : new int[] {50, 1000}) {
            for (String condition : new String[] {"1e2", "1e3", "1e4"}) {
                problems.add(new BenchProblem("quadratics", String.format(Locale.ROOT, "rq-d%d-k%s", d, condition),
                        Problems.create("rotated-quadratic", Map.of("dimension", Integer.toString(d),
                                "condition", condition))));
            }
        }
        return problems;
    }
}
