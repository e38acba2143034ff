package org.stepplan.spark;

import java.io.Serializable;
import java.util.ArrayList;
import org.stepplan.learn.ExampleLoss;

/**
 * Partial sums ({@link ExampleLoss}) of the blocks 0..B-1 of a data set, combined by one fixed binary tree over the
 * block indices, so that the total does not depend on which partition held which block nor on the order in which
 * Spark merges the partitions' results. Node (l, k) covers the blocks {@code k 2^l .. (k+1) 2^l - 1}; its sum is
 *
 * <pre>
 *     S(0, k) = the sum of block k's examples, in order          (ExampleLoss.add)
 *     S(l, k) = S(l-1, 2k) + S(l-1, 2k+1)                         (ExampleLoss.merge, l &gt;= 1)
 * </pre>
 * A tree holds the nodes of the blocks added so far, sorted by their first block; two siblings are merged as soon as
 * both are present, so a partition with a contiguous range of blocks keeps O(log B) nodes, and every node's sum is
 * the same whoever computed it. When all B blocks are in, the nodes are the aligned ranges of B's binary expansion
 * (levels decreasing), and the {@link #total} is {@code N_1 + (N_2 + (... + N_m))}: a sum fixed by B alone.
 */
final class BlockTree implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A complete subtree: level l, index k, and its partial sum. */
    private record Node(int level, long index, double[] sum) implements Serializable {
        long start() {
            return index << level;
        }
    }

    private final ArrayList<Node> nodes = new ArrayList<>();

    /** Adds block {@code index}'s partial sum (the tree takes ownership of the array); returns this tree. */
    BlockTree add(long index, double[] sum) {
        insert(new Node(0, index, sum));
        return this;
    }

    /** Adds every node of {@code other} (its arrays change hands); returns this tree. */
    BlockTree addAll(BlockTree other) {
        for (Node n : other.nodes) {
            insert(n);
        }
        return this;
    }

    /** The number of nodes held (complete subtrees not yet merged). */
    int size() {
        return nodes.size();
    }

    private void insert(Node node) {
        int at = position(node.start());
        nodes.add(at, node);
        while (true) { // merge with the sibling while it is present
            Node n = nodes.get(at);
            boolean left = (n.index() & 1) == 0;
            int other = left ? at + 1 : at - 1;
            if (other < 0 || other >= nodes.size()) {
                return;
            }
            Node s = nodes.get(other);
            if (s.level() != n.level() || s.index() != (left ? n.index() + 1 : n.index() - 1)) {
                return;
            }
            Node l = left ? n : s;
            Node r = left ? s : n;
            int first = Math.min(at, other);
            nodes.remove(first + 1);
            nodes.set(first, new Node(n.level() + 1, n.index() >> 1, ExampleLoss.merge(l.sum(), r.sum())));
            at = first;
        }
    }

    /** Where a node starting at {@code start} goes among the sorted nodes (binary search). */
    private int position(long start) {
        int lo = 0;
        int hi = nodes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (nodes.get(mid).start() < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The sum over all blocks, {@code N_1 + (N_2 + (... + N_m))} over the nodes left (the canonical decomposition of
     * 0..B-1 once every block is in). Call it once: the nodes' arrays become the sum.
     *
     * @throws IllegalStateException when no block was added or a block is missing or added twice
     */
    double[] total() {
        long expected = 0;
        for (Node n : nodes) {
            if (n.start() != expected) {
                throw new IllegalStateException("the blocks do not tile 0.." + (expected - 1) + ": a node starts at "
                        + n.start());
            }
            expected = n.start() + (1L << n.level());
        }
        if (nodes.isEmpty()) {
            throw new IllegalStateException("no blocks");
        }
        double[] sum = nodes.get(nodes.size() - 1).sum();
        for (int k = nodes.size() - 2; k >= 0; k--) {
            sum = ExampleLoss.merge(nodes.get(k).sum(), sum);
        }
        return sum;
    }
}
