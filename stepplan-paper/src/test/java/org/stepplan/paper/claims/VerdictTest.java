package org.stepplan.paper.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerdictTest {

    @ParameterizedTest(name = "count {0} vs {1}: {2}")
    @CsvSource({"458, 458, REPRODUCED", "458, 459, CLOSE", "200, 220, CLOSE", "200, 221, NOT_REPRODUCED",
            "17, Infinity, NOT_REPRODUCED"})
    void exactCountsMustBeEqualToBeReproduced(double paper, double ours, Verdict expected) {
        assertThat(Verdict.count(paper, ours)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "approx {0} vs {1}: {2}")
    @CsvSource({"400, 423, REPRODUCED", "400, 360, REPRODUCED", "400, 359, CLOSE", "2.5, 3.75, CLOSE",
            "2.5, 3.76, NOT_REPRODUCED", "10000, 16586, NOT_REPRODUCED", "185, NaN, NOT_REPRODUCED"})
    void approximateValuesWithin10PercentAreReproducedAndWithin50Close(double paper, double ours,
                                                                       Verdict expected) {
        assertThat(Verdict.approx(paper, ours)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "below {0}: {1} -> {2}")
    @CsvSource({"500, 414, REPRODUCED", "500, 500, CLOSE", "500, 550, CLOSE", "500, 551, NOT_REPRODUCED"})
    void boundsAreReproducedWhenMet(double bound, double ours, Verdict expected) {
        assertThat(Verdict.below(bound, ours)).isEqualTo(expected);
    }

    @Test
    void criteriaAreGradedByTheirPartsAndTheWorstVerdictWins() {
        assertThat(Verdict.criterion(3, 3)).isEqualTo(Verdict.REPRODUCED);
        assertThat(Verdict.criterion(1, 3)).isEqualTo(Verdict.CLOSE);
        assertThat(Verdict.criterion(0, 3)).isEqualTo(Verdict.NOT_REPRODUCED);
        assertThat(Verdict.worst(Verdict.REPRODUCED, Verdict.CLOSE)).isEqualTo(Verdict.CLOSE);
        assertThat(Verdict.worst()).isEqualTo(Verdict.REPRODUCED);
    }
}
