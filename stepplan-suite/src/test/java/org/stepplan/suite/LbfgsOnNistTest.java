package org.stepplan.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code lbfgs} on the NIST StRD problems from start 2 within 2,000 evaluations, in certified digits (log relative
 * error) of the residual sum of squares and of the parameters. The issue asks for 6 digits of the RSS on every
 * problem; measured: MGH17 and Kirby2 reach more than 11; Lanczos1's certified RSS (1.43e-25) is at the level of
 * rounding, and lbfgs ends just below it (2.9 digits of that tiny number) with more than 10 digits of every
 * parameter; Hahn1 (parameters spanning 1 to 1e-7, a rational model in x up to 800) is not solved, by lbfgs or any
 * other gradient method here, within 2,000 evaluations (nor within 20,000).
 */
class LbfgsOnNistTest {

    @Test
    void certifiedDigitsFromStartTwo() {
        List<BenchProblem> start2 = Suites.of(Set.of("nist")).stream().filter(p -> p.label().endsWith("-start2"))
                .toList();
        Map<String, Trial> trials = Bench.jobs(start2, Entrants.only(2000, Set.of("lbfgs")), 2000, 1e-6).stream()
                .map(Job::run).collect(Collectors.toMap(t -> t.problem().label(), t -> t));
        assertThat(trials).containsOnlyKeys("nist-mgh17-start2", "nist-lanczos1-start2", "nist-hahn1-start2",
                "nist-kirby2-start2");
        assertThat(trials.get("nist-mgh17-start2").digitsOfValue()).isGreaterThan(11);
        assertThat(trials.get("nist-kirby2-start2").digitsOfValue()).isGreaterThan(11);
        Trial lanczos = trials.get("nist-lanczos1-start2");
        assertThat(lanczos.bestGap()).isNegative();
        assertThat(lanczos.digitsOfValue()).isBetween(2.0, 4.0);
        assertThat(lanczos.digitsOfParameters()).isGreaterThan(10);
        Trial hahn = trials.get("nist-hahn1-start2");
        assertThat(hahn.solved()).isFalse();
        assertThat(hahn.digitsOfValue()).isZero();
        assertThat(hahn.status()).isEqualTo("max-grad-evals");
    }
}
