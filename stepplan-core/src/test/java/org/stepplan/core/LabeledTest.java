package org.stepplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.stepplan.planning.GradientSource;
import org.stepplan.planning.Pairing;

class LabeledTest {

    @Test
    void findsConstantsByTheirCommandLineNameInDeclarationOrder() {
        assertThat(Labeled.labels(GradientSource.class)).containsExactly("fresh", "stale");
        assertThat(Labeled.of(GradientSource.class, "gradient source", "stale")).isEqualTo(GradientSource.STALE);
        assertThat(Labeled.of(Pairing.class, "pairing", "B")).isEqualTo(Pairing.B);
    }

    @Test
    void unknownNameIsRejectedWithTheChoices() {
        assertThatThrownBy(() -> Labeled.of(Pairing.class, "pairing", "C"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pairing must be one of A, B, got 'C'");
    }
}
