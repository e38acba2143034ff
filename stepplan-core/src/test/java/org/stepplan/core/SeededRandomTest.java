package org.stepplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeededRandomTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 42, -7, Long.MAX_VALUE, Long.MIN_VALUE})
    void drawsExactlyWhatSplittableRandomDraws(long seed) {
        SplittableRandom reference = new SplittableRandom(seed);
        SeededRandom ours = new SeededRandom(seed);
        Random pick = new Random(seed);
        for (int i = 0; i < 100_000; i++) {
            int kind = pick.nextInt(7);
            int bound = 1 + pick.nextInt(1000);
            assertThat(draw(ours, kind, bound)).as("draw %d (kind %d)", i, kind)
                    .isEqualTo(draw(reference, kind, bound));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 3})
    void restoredStateContinuesTheSameStream(long seed) {
        SeededRandom a = new SeededRandom(seed);
        for (int i = 0; i < 1000; i++) {
            a.nextGaussian();
        }
        SeededRandom b = new SeededRandom(999);
        b.restore(a.state());
        for (int i = 0; i < 1000; i++) {
            assertThat(b.nextGaussian()).isEqualTo(a.nextGaussian());
            assertThat(b.nextInt(17)).isEqualTo(a.nextInt(17));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3})
    void stateOfTheWrongShapeIsRejected(int length) {
        assertThatThrownBy(() -> new SeededRandom(0).restore(new long[length]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a generator state is two longs (seed, odd gamma)");
    }

    private static long draw(RandomGenerator r, int kind, int bound) {
        return switch (kind) {
            case 0 -> r.nextLong();
            case 1 -> r.nextInt();
            case 2 -> Double.doubleToRawLongBits(r.nextDouble());
            case 3 -> Double.doubleToRawLongBits(r.nextGaussian());
            case 4 -> r.nextInt(bound);
            case 5 -> r.nextBoolean() ? 1 : 0;
            default -> r.nextLong(bound * 3_000_000_000L);
        };
    }
}
