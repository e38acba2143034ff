package org.stepplan.core;

import java.util.random.RandomGenerator;

/**
 * The generator of {@link java.util.SplittableRandom} (Steele, Lea and Flood's SplitMix64), with its state in the
 * open so that a checkpoint can save and restore it exactly. It draws the very same numbers as
 * {@code new SplittableRandom(seed)}: {@link #nextLong} and {@link #nextInt} are SplittableRandom's
 * <pre>
 *     seed += gamma;   nextLong = mix64(seed);   nextInt = mix32(seed)
 * </pre>
 * with gamma the golden-ratio constant, and every other draw ({@code nextDouble}, {@code nextGaussian},
 * {@code nextInt(bound)}, {@code nextBoolean}, ...) is {@link RandomGenerator}'s default built on those two, as in
 * SplittableRandom. The state is two longs (seed and gamma): saving and restoring it costs nothing, and no draw is
 * replayed.
 */
public final class SeededRandom implements RandomGenerator {

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private long seed;
    private long gamma;

    /** The generator {@code new SplittableRandom(seed)} would be. */
    public SeededRandom(long seed) {
        this.seed = seed;
        this.gamma = GOLDEN_GAMMA;
    }

    /** The state: {seed, gamma}. */
    public long[] state() {
        return new long[] {seed, gamma};
    }

    /**
     * Continues from a state given by {@link #state()}.
     *
     * @throws IllegalArgumentException when {@code state} is not two longs with an odd gamma
     */
    public void restore(long[] state) {
        if (state == null || state.length != 2 || (state[1] & 1L) == 0) {
            throw new IllegalArgumentException("a generator state is two longs (seed, odd gamma)");
        }
        seed = state[0];
        gamma = state[1];
    }

    @Override
    public long nextLong() {
        return mix64(nextSeed());
    }

    @Override
    public int nextInt() {
        return mix32(nextSeed());
    }

    private long nextSeed() {
        return seed += gamma;
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static int mix32(long z) {
        z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
        return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
    }
}
