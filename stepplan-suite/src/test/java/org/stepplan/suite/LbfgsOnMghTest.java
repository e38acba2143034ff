package org.stepplan.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * {@code lbfgs} on the {@code mgh} suite to T = 1e-6 within 2,000 evaluations: it solves 31 of the 35 problems. The
 * issue asks for 90% (32); the four it misses are stated here with the reason, so that a change either way fails:
 * three end at the local minima MGH list (Freudenstein-Roth 48.9842, Biggs EXP6 5.65565e-3, trigonometric
 * 2.79506e-5), and on Jennrich-Sampson a line-search trial overflows (exp(10 x)), which the run loop reports as
 * divergence; SciPy 1.10.1's L-BFGS-B from the same start also reaches an infinite value there (at its 23rd
 * evaluation) and stops at f = 214.3, unsolved.
 */
class LbfgsOnMghTest {

    @Test
    void solves31Of35AndMissesFourForStatedReasons() {
        List<Entrant> lbfgs = Entrants.only(2000, Set.of("lbfgs"));
        List<Trial> trials = Bench.jobs(Suites.of(Set.of("mgh")), lbfgs, 2000, 1e-6).stream().map(Job::run).toList();
        assertThat(trials).hasSize(35);
        Map<String, Trial> unsolved = trials.stream().filter(t -> !t.solved())
                .collect(Collectors.toMap(t -> t.problem().label(), t -> t));
        assertThat(unsolved).containsOnlyKeys("mgh-freudenstein-roth", "mgh-jennrich-sampson", "mgh-biggs-exp6",
                "mgh-trigonometric");
        assertThat(unsolved.get("mgh-freudenstein-roth").finalValue()).isCloseTo(48.9842, Offset.offset(1e-4));
        assertThat(unsolved.get("mgh-biggs-exp6").finalValue()).isCloseTo(5.65565e-3, Offset.offset(1e-8));
        assertThat(unsolved.get("mgh-trigonometric").finalValue()).isCloseTo(2.79506e-5, Offset.offset(1e-10));
        assertThat(unsolved.get("mgh-jennrich-sampson").status()).isEqualTo("diverged");
        assertThat(trials.stream().filter(Trial::solved)).allSatisfy(t -> assertThat(t.evaluationsToSolve())
                .isLessThanOrEqualTo(2000));
    }
}
