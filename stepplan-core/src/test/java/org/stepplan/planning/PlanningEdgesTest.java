package org.stepplan.planning;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepplan.methods.Methods;

class PlanningEdgesTest {

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void experienceBufferOfNoSlotsIsRejectedNamingTheHorizon(int horizon) {
        assertThatThrownBy(() -> new ExperienceBuffer(horizon, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("horizon must be >= 1, got " + horizon);
    }

    @Test
    void experienceBufferOfNoDimensionIsRejected() {
        assertThatThrownBy(() -> new ExperienceBuffer(2, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("dimension must be >= 1, got 0");
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, -1e-300, Double.POSITIVE_INFINITY})
    void stepSizeModelRejectsANonFiniteOrNegativeTolerance(double tolerance) {
        assertThatThrownBy(() -> new DiagonalStepSizeModel(2, tolerance))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tolerance must be finite and >= 0, got " + tolerance);
    }

    @Test
    void zeroToleranceNaNIsRejectedThroughTheRegistry() {
        assertThatThrownBy(() -> Methods.configure("csawg", Map.of("zero_tolerance", "NaN")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zero_tolerance");
    }

    @Test
    void hugeHorizonIsRefusedBeforeAnyAllocation() {
        assertThatThrownBy(() -> Methods.configure("csawg", Map.of("horizon", "2000000000")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("horizon must be <= 1000000 (a size cap), got 2000000000");
    }
}
