package org.stepplan.problems.nist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepplan.core.Objective;
import org.stepplan.problems.GradientCheck;
import org.stepplan.problems.Problem;
import org.stepplan.problems.Problems;

class NistProblemsTest {

    static Stream<String> names() {
        return NistProblems.all(1).stream().map(Problem::name);
    }

    private static Objective objective(Problem problem) {
        return problem.oracle(0).deterministicObjective();
    }

    /**
     * At both starts and at seeded points within 0.1% of the certified parameters (at b* itself the gradient is
     * rounding noise: f there is a small difference of large terms).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void gradientMatchesCentralDifferencesAtBothStartsAndNearTheCertifiedParameters(String name) {
        for (String start : List.of("1", "2")) {
            Problem problem = Problems.create(name, Map.of("start", start));
            GradientCheck.assertMatchesFiniteDifferences(objective(problem), problem.start(), true);
        }
        Problem problem = Problems.create(name, Map.of());
        SplittableRandom random = new SplittableRandom(name.hashCode());
        for (int k = 0; k < 3; k++) {
            double[] b = problem.optimum();
            for (int j = 0; j < b.length; j++) {
                b[j] *= 1.0 + 1e-3 * random.nextDouble(-1.0, 1.0);
            }
            GradientCheck.assertMatchesFiniteDifferences(objective(problem), b, true);
        }
    }

    /**
     * NIST print the certified residual sum of squares with 11 significant digits; f at the certified parameters
     * (also 11 digits) must agree within half a unit of the last one.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nist-mgh17", "nist-hahn1", "nist-kirby2"})
    void valueAtTheCertifiedParametersIsTheCertifiedResidualSumOfSquaresToItsElevenDigits(String name) {
        Problem problem = Problems.create(name, Map.of());
        double rss = problem.optimalValue().getAsDouble();
        double halfUnit = 0.5 * Math.pow(10, Math.floor(Math.log10(rss)) - 10);
        assertThat(Math.abs(objective(problem).value(problem.optimum()) - rss)).isLessThanOrEqualTo(halfUnit);
    }

    /**
     * Lanczos1's certified RSS, 1.4307867721e-25, is the rounding of its generated data; the certified parameters,
     * printed to 11 digits, leave residuals of about 1e-11, so f there is about 4e-21, not the RSS: the check is
     * that f vanishes to what 11-digit parameters allow.
     */
    @Test
    void lanczos1IsAZeroResidualFitToTheDigitsOfItsCertifiedParameters() {
        Problem problem = Problems.create("nist-lanczos1", Map.of());
        assertThat(problem.optimalValue().getAsDouble()).isEqualTo(1.4307867721e-25);
        assertThat(objective(problem).value(problem.optimum())).isLessThan(1e-20);
    }

    @Test
    void theFilesAreReadWithNistsStartsCertifiedValuesAndData() {
        NistDataset mgh17 = NistDataset.load("MGH17");
        assertThat(mgh17.x()).hasSize(33);
        assertThat(mgh17.x()[32]).isEqualTo(320.0);
        assertThat(mgh17.y()[0]).isEqualTo(0.844);
        assertThat(mgh17.starts()[0]).containsExactly(50, 150, -100, 1, 2);
        assertThat(mgh17.starts()[1]).containsExactly(0.5, 1.5, -1, 0.01, 0.02);
        assertThat(mgh17.certified()).containsExactly(3.7541005211E-01, 1.9358469127E+00, -1.4646871366E+00,
                1.2867534640E-02, 2.2122699662E-02);
        assertThat(mgh17.certifiedRss()).isEqualTo(5.4648946975E-05);
        assertThat(NistDataset.load("Hahn1").x()).hasSize(236);
        assertThat(NistDataset.load("Kirby2").x()).hasSize(151);
        assertThat(NistDataset.load("Lanczos1").x()).hasSize(24);
    }

    @Test
    void bothStartsAreOfferedAndAnythingElseIsRejected() {
        assertThat(NistProblems.all(2)).extracting(Problem::name)
                .containsExactly("nist-mgh17", "nist-lanczos1", "nist-hahn1", "nist-kirby2");
        assertThat(Problems.create("nist-kirby2", Map.of("start", "2")).start())
                .containsExactly(1.5, -0.15, 0.0025, -0.0015, 0.00002);
        assertThat(Problems.create("nist-kirby2", Map.of()).params()).containsEntry("start", "1");
        assertThatThrownBy(() -> NistProblems.all(3)).hasMessageContaining("start = 3");
        assertThatThrownBy(() -> Problems.create("nist-hahn1", Map.of("start", "3")))
                .hasMessageContaining("'3' is not one of 1, 2");
        assertThatThrownBy(() -> NistDataset.load("Nope")).hasMessageContaining("Nope.dat");
    }
}
