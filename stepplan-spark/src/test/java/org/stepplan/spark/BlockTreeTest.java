package org.stepplan.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepplan.learn.ExampleLoss;

/**
 * The fixed tree over block indices: the same total, bit for bit, whatever grouping and order the blocks arrive in,
 * equal to the pairwise sum written out, with O(log B) nodes for a contiguous range.
 */
class BlockTreeTest {

    private static final int D = 3; // 1 gradient component + value + compensation

    /** Block sums of widely varying magnitude, so that the order of the additions shows in the result. */
    private static double[][] blocks(int count, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] sums = new double[count][];
        for (int k = 0; k < count; k++) {
            double scale = Math.pow(10, rng.nextInt(-8, 9));
            sums[k] = new double[] {scale * rng.nextGaussian(), scale * rng.nextDouble(), 0.0};
        }
        return sums;
    }

    private static double[] copy(double[] a) {
        return a.clone();
    }

    /** The fixed tree written out: pairwise over aligned halves, the ragged right edge as in BlockTree. */
    private static double[] reference(double[][] sums) {
        List<double[]> nodes = new ArrayList<>();
        int b = sums.length;
        int start = 0;
        for (int level = 31; level >= 0; level--) {
            if ((b >> level & 1) == 1) {
                nodes.add(pairwise(sums, start, 1 << level));
                start += 1 << level;
            }
        }
        double[] total = nodes.get(nodes.size() - 1);
        for (int k = nodes.size() - 2; k >= 0; k--) {
            total = ExampleLoss.merge(nodes.get(k), total);
        }
        return total;
    }

    private static double[] pairwise(double[][] sums, int start, int size) {
        if (size == 1) {
            return copy(sums[start]);
        }
        return ExampleLoss.merge(pairwise(sums, start, size / 2), pairwise(sums, start + size / 2, size / 2));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 18, 64, 100})
    void theTotalIsTheFixedPairwiseTreeWhateverTheGroupingAndOrder(int count) {
        double[][] sums = blocks(count, count);
        double[] expected = reference(sums);
        Random rng = new Random(count);
        for (int trial = 0; trial < 20; trial++) {
            int parts = 1 + rng.nextInt(Math.min(count, 6));
            List<Integer> order = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                order.add(k);
            }
            Collections.shuffle(order, rng);
            List<BlockTree> trees = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                trees.add(new BlockTree());
            }
            for (int k : order) {
                trees.get(rng.nextInt(parts)).add(k, copy(sums[k]));
            }
            Collections.shuffle(trees, rng);
            BlockTree all = new BlockTree();
            for (BlockTree t : trees) {
                all.addAll(t);
            }
            assertThat(all.total()).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1000, 9766})
    void aContiguousRangeKeepsLogarithmicallyManyNodes(int count) {
        BlockTree tree = new BlockTree();
        int first = count / 3;
        for (int k = first; k < count; k++) {
            tree.add(k, new double[D]);
        }
        assertThat(tree.size()).isLessThanOrEqualTo(2 * (64 - Long.numberOfLeadingZeros(count)));
        for (int k = 0; k < first; k++) {
            tree.add(k, new double[D]);
        }
        assertThat(tree.size()).isEqualTo(Integer.bitCount(count));
    }

    @org.junit.jupiter.api.Test
    void aMissingOrRepeatedBlockIsAnError() {
        BlockTree gap = new BlockTree().add(0, new double[D]).add(2, new double[D]);
        assertThatThrownBy(gap::total).isInstanceOf(IllegalStateException.class).hasMessageContaining("2");
        BlockTree twice = new BlockTree().add(1, new double[D]).add(1, new double[D]).add(0, new double[D]);
        assertThatThrownBy(twice::total).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(new BlockTree()::total).isInstanceOf(IllegalStateException.class);
    }
}
