package org.stepplan.problems.nist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.stepplan.core.ParamSpec;
import org.stepplan.problems.DeterministicProblem;
import org.stepplan.problems.Problem;
import org.stepplan.problems.ProblemProvider;
import org.stepplan.problems.ProblemSpec;

/**
 * The suite {@code nist}: the NIST StRD nonlinear regression problems that commons-math3's test jar ships (MGH17,
 * Lanczos1, Hahn1, Kirby2), named {@code nist-<name>} (lower case), as residual sums of squares
 * ({@link NistObjective}), from NIST's start 1 or start 2 ({@code start=1|2}), with the certified parameters as
 * {@link Problem#optimum()} and the certified residual sum of squares as {@link Problem#optimalValue()}.
 *
 * <table>
 *   <caption>The problems (NIST's difficulty)</caption>
 *   <tr><th>name</th><th>model</th><th>n</th><th>observations</th><th>difficulty</th></tr>
 *   <tr><td>MGH17</td><td>b1 + b2 exp(-x b4) + b3 exp(-x b5)</td><td>5</td><td>33</td><td>average</td></tr>
 *   <tr><td>Lanczos1</td><td>b1 exp(-b2 x) + b3 exp(-b4 x) + b5 exp(-b6 x)</td><td>6</td><td>24</td>
 *       <td>average</td></tr>
 *   <tr><td>Hahn1</td><td>cubic / cubic</td><td>7</td><td>236</td><td>average</td></tr>
 *   <tr><td>Kirby2</td><td>quadratic / quadratic</td><td>5</td><td>151</td><td>average</td></tr>
 * </table>
 */
public final class NistProblems implements ProblemProvider {

    /** The prefix of every problem name in this suite. */
    public static final String PREFIX = "nist-";

    /** NIST's data set names, in the order of the suite, with their models. */
    private static final Map<String, NistModel> MODELS = new LinkedHashMap<>();

    static {
        MODELS.put("MGH17", NistModel.MGH17);
        MODELS.put("Lanczos1", NistModel.LANCZOS);
        MODELS.put("Hahn1", NistModel.CUBIC_OVER_CUBIC);
        MODELS.put("Kirby2", NistModel.QUADRATIC_OVER_QUADRATIC);
    }

    /** The provider instance {@link java.util.ServiceLoader} creates for {@code Problems}. */
    public NistProblems() {
    }

    @Override
    public List<ProblemSpec> problems() {
        return specs();
    }

    /** The registry entries, one per data set, each with {@code start=1|2}. */
    public static List<ProblemSpec> specs() {
        List<ProblemSpec> specs = new ArrayList<>();
        for (String name : MODELS.keySet()) {
            NistModel model = MODELS.get(name);
            specs.add(new ProblemSpec(problemName(name),
                    "NIST StRD " + name + ": residual sum of squares, " + model.parameters()
                            + " parameters; f* = certified RSS, w* = certified parameters",
                    List.of(ParamSpec.choice("start", List.of("1", "2"), "NIST's start 1 or start 2")),
                    p -> create(name, Integer.parseInt(p.choice("start")))));
        }
        return specs;
    }

    /**
     * Every problem of the suite from NIST's start 1 or 2.
     *
     * @throws IllegalArgumentException unless start is 1 or 2
     */
    public static List<Problem> all(int start) {
        List<Problem> problems = new ArrayList<>();
        for (String name : MODELS.keySet()) {
            problems.add(create(name, start));
        }
        return problems;
    }

    /** {@code nist-} and NIST's name in lower case. */
    private static String problemName(String name) {
        return PREFIX + name.toLowerCase(Locale.ROOT);
    }

    private static Problem create(String name, int start) {
        if (start != 1 && start != 2) {
            throw new IllegalArgumentException("start = " + start + " must be 1 or 2");
        }
        NistDataset data = NistDataset.load(name);
        NistModel model = MODELS.get(name);
        return new DeterministicProblem(problemName(name),
                Map.of("start", Integer.toString(start)), () -> new NistObjective(model, data),
                data.starts()[start - 1], data.certified(), OptionalDouble.of(data.certifiedRss()));
    }
}
