package dev.simscaffold.core.net;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which directed links are cut, as a count per (from, to) pair so that overlapping partitions compose:
 * a link is usable again only when every partition that cut it has healed. A node can always reach
 * itself.
 */
final class Links {

    private final int size;
    private final int[] cuts;
    private int cutLinks;

    Links(int size) {
        this.size = size;
        this.cuts = new int[size * size];
    }

    boolean blocked(int from, int to) {
        return cutLinks != 0 && cuts[from * size + to] > 0;
    }

    boolean anyCut() {
        return cutLinks != 0;
    }

    /** The cut counts of every directed link, row by row: a value for a model checker's state key. */
    List<Integer> cutCounts() {
        List<Integer> counts = new ArrayList<>(cuts.length);
        for (int count : cuts) {
            counts.add(count);
        }
        return counts;
    }

    void cut(List<NodeId> from, List<NodeId> to, boolean oneWay) {
        change(from, to, 1);
        if (!oneWay) {
            change(to, from, 1);
        }
    }

    void restore(List<NodeId> from, List<NodeId> to, boolean oneWay) {
        change(from, to, -1);
        if (!oneWay) {
            change(to, from, -1);
        }
    }

    void healAll() {
        Arrays.fill(cuts, 0);
        cutLinks = 0;
    }

    private void change(List<NodeId> from, List<NodeId> to, int delta) {
        for (NodeId a : from) {
            for (NodeId b : to) {
                if (a.index() == b.index()) {
                    continue;
                }
                int link = a.index() * size + b.index();
                int before = cuts[link];
                int after = Math.max(0, before + delta);
                cuts[link] = after;
                if (before == 0 && after > 0) {
                    cutLinks++;
                } else if (before > 0 && after == 0) {
                    cutLinks--;
                }
            }
        }
    }

    /** Makes these links cut exactly as {@code other} (of the same size) are, for a network snapshot. */
    void restore(Links other) {
        System.arraycopy(other.cuts, 0, cuts, 0, cuts.length);
        cutLinks = other.cutLinks;
    }

    /** An independent copy, for a network snapshot. */
    Links copy() {
        Links copy = new Links(size);
        copy.restore(this);
        return copy;
    }
}
