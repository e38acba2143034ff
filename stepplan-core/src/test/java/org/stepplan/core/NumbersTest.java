package org.stepplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"1d", "1D", "2f", "0x1p-10", "0x10", "1_000", "", " 1", "1 ", "1e", "e5", ".", "+-1",
        "1.0.0", "inf", "infinity", "nan", "١"})
    void realRejectsAnythingButPlainDecimalScientificAndTheWords(String text) {
        assertThatThrownBy(() -> Numbers.real(text)).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void realReadsDecimalScientificAndTheWords() {
        assertThat(Numbers.real("0.001")).isEqualTo(0.001);
        assertThat(Numbers.real("-.5")).isEqualTo(-0.5);
        assertThat(Numbers.real("5.")).isEqualTo(5.0);
        assertThat(Numbers.real("1e-3")).isEqualTo(0.001);
        assertThat(Numbers.real("+2.5E+3")).isEqualTo(2500.0);
        assertThat(Numbers.real("Infinity")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Numbers.real("-Infinity")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Numbers.real("NaN")).isNaN();
    }

    @Test
    void integerTakesSignAndDigitsOnly() {
        assertThat(Numbers.integer("-42")).isEqualTo(-42L);
        assertThat(Numbers.integer("+7")).isEqualTo(7L);
        for (String bad : List.of("1e3", "1.0", "0x10", "1L", "", "99999999999999999999")) {
            assertThatThrownBy(() -> Numbers.integer(bad)).as(bad).isInstanceOf(NumberFormatException.class);
        }
    }

    @Test
    void nearestNameIsSuggestedOnlyWhenClose() {
        List<String> known = List.of("gd", "heavy-ball", "csawg", "csaug", "adam", "adamw");
        assertThat(Nearest.to("csawgg", known)).contains("csawg");
        assertThat(Nearest.to("Adam", known)).contains("adam");
        assertThat(Nearest.to("haevy-ball", known)).contains("heavy-ball");
        assertThat(Nearest.to("rosenbrock", known)).isEmpty();
        assertThat(Nearest.to("C", List.of("A", "B"))).isEmpty();
        assertThat(Nearest.hint("csaw", known)).isEqualTo(" (did you mean 'csawg'?)");
    }
}
