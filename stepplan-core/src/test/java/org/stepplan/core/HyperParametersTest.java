package org.stepplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.stepplan.planning.Pairing;

class HyperParametersTest {

    /** A config record as a method declares one: a fixed component and five declared hyper-parameters. */
    record Fixture(String variant, double rate, int size, Pairing pairing, OptionalDouble cap, boolean flag) {
        static final Param<Double> RATE = Param.real("rate", 0.5, Param.positive(), "the rate");
        static final Param<Integer> SIZE = Param.integer("size", 3, Param.between(1, 10), "the size");
        static final Param<Pairing> PAIRING = Param.choice("pairing", Pairing.class, Pairing.B, "the pairing");
        static final Param<OptionalDouble> CAP = Param.optional("cap", Param.positive(), "an optional cap");
        static final Param<Boolean> FLAG = Param.bool("flag", false, "a flag");

        static final HyperParameters<Fixture> HYPER = HyperParameters.of("fixture", Fixture.class, RATE, SIZE, PAIRING, CAP,
                FLAG).fixing("variant", "v1");

        Fixture {
            RATE.check(rate);
            SIZE.check(size);
            PAIRING.check(pairing);
            CAP.check(cap);
        }
    }

    private static Params params(Map<String, String> given) {
        return new Params("method 'fixture'", Fixture.HYPER.specs(), given);
    }

    @Test
    void theSpecsAreTheDeclarationsWithTheirDefaultsInTextAndTheDefaultChoiceFirst() {
        assertThat(Fixture.HYPER.specs()).containsExactly(
                new ParamSpec("rate", ParamSpec.Kind.REAL, "0.5", List.of(), "the rate"),
                new ParamSpec("size", ParamSpec.Kind.INTEGER, "3", List.of(), "the size"),
                new ParamSpec("pairing", ParamSpec.Kind.CHOICE, "B", List.of("B", "A"), "the pairing"),
                new ParamSpec("cap", ParamSpec.Kind.REAL, null, List.of(), "an optional cap"),
                new ParamSpec("flag", ParamSpec.Kind.BOOLEAN, "false", List.of(), "a flag"));
    }

    @Test
    void textValuesParseIntoTheRecordWithDefaultsAndFixedComponents() {
        Fixture f = Fixture.HYPER.parse(params(Map.of("size", "7", "pairing", "A", "cap", "2.5")));

        assertThat(f).isEqualTo(new Fixture("v1", 0.5, 7, Pairing.A, OptionalDouble.of(2.5), false));
        assertThat(Fixture.HYPER.defaults()).isEqualTo(new Fixture("v1", 0.5, 3, Pairing.B, OptionalDouble.empty(),
                false));
    }

    @Test
    void theParamsMapIsTypedInDeclarationOrderWithLabelsAndWithoutAbsentOrFixedValues() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("rate", 0.25);
        expected.put("size", 3);
        expected.put("pairing", "B");
        expected.put("flag", true);

        Map<String, Object> values = Fixture.HYPER.values(new Fixture("v1", 0.25, 3, Pairing.B,
                OptionalDouble.empty(), true));

        assertThat(values).containsExactlyEntriesOf(expected);
    }

    @Test
    void withChangesOneValueByItsDeclarationAndValidatesTheCopy() {
        Fixture f = Fixture.HYPER.defaults();

        assertThat(Fixture.HYPER.with(f, Fixture.SIZE, 9).size()).isEqualTo(9);
        assertThat(Fixture.HYPER.with(f, Fixture.SIZE, 9).rate()).isEqualTo(0.5);
        assertThatThrownBy(() -> Fixture.HYPER.with(f, Fixture.SIZE, 11))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("size must be <= 10 (a size cap), got 11");
        assertThatThrownBy(() -> Fixture.HYPER.with(f, Param.real("other", 1.0, Param.any(), "x"), 2.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no parameter 'other'");
    }

    @Test
    void invalidTextIsRejectedNamingTheParameter() {
        assertThatThrownBy(() -> Fixture.HYPER.parse(params(Map.of("rate", "-1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("rate must be finite and > 0, got -1.0");
        assertThatThrownBy(() -> Fixture.HYPER.parse(params(Map.of("cap", "0"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("cap must be finite and > 0, got 0.0");
        assertThatThrownBy(() -> params(Map.of("pairing", "C"))).hasMessageContaining("one of B, A");
    }

    @Test
    void aRequiredParameterHasNoDefaults() {
        record Needs(double fstar) {
        }
        HyperParameters<Needs> hyper = HyperParameters.of("needs", Needs.class,
                Param.required("fstar", Param.finite(), "the optimal value"));

        assertThatThrownBy(hyper::defaults).hasMessage("fstar has no default: give it");
        assertThatThrownBy(() -> hyper.parse(new Params("method 'needs'", hyper.specs(), Map.of())))
                .hasMessage("parameter 'fstar' of method 'needs' is required: give fstar=<value> (the optimal value)");
    }

    @Test
    void aComponentNeitherOfferedNorFixedIsAProgrammingError() {
        HyperParameters<Fixture> partial = HyperParameters.of("fixture", Fixture.class, Fixture.RATE);

        assertThatThrownBy(() -> partial.parse(new Params("x", partial.specs(), Map.of())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("variant is neither offered nor fixed");
    }

    @Test
    void aNameOutsideLowerSnakeCaseIsRefused() {
        for (String bad : List.of("K", "base-step", "weightDecay", "1st", "")) {
            assertThatThrownBy(() -> Param.real(bad, 1.0, Param.any(), "x"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower snake_case");
        }
        assertThat(Param.real("weight_decay", 0.0, Param.any(), "x").name()).isEqualTo("weight_decay");
    }

    @Test
    void aDefaultThatBreaksItsOwnConstraintIsRefused() {
        assertThatThrownBy(() -> Param.real("rate", -1.0, Param.positive(), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("rate must be finite and > 0, got -1.0");
    }
}
