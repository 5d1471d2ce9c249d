package dev.simscaffold.core.explore;

import dev.simscaffold.core.random.SimRandom;
import java.util.Arrays;

/**
 * One run of {@link PosStrategy}: priorities keyed by event ({@code kind} and {@code sequence}: a harness's
 * next input borrows the sequence its next routed letter will have), each filed under the node it touches
 * (or under every node), so that a chosen event resets the priorities of the events it races with by
 * emptying the lists of its node and of every node, at a cost that grows with the priorities reset rather
 * than with all those drawn.
 */
final class PosChooser implements Chooser {

    private static final long RANGE = 1L << 40;
    private static final int NONE = -1;

    private final SimRandom random;
    /** Event key to its entry. */
    private final LongIntMap entries = new LongIntMap();
    private long[] keys = new long[64];
    private long[] priorities = new long[64];
    private int[] next = new int[64];
    private int freeEntry = NONE;
    private int entryCount;
    /** The first entry filed under each node, and under every node. */
    private int[] nodeHeads = new int[8];
    private int everyHead = NONE;

    PosChooser(SimRandom random) {
        this.random = random;
        Arrays.fill(nodeHeads, NONE);
    }

    @Override
    public int choose(EnabledEvents enabled) {
        int size = enabled.size();
        int best = 0;
        if (size > 1) {
            long bestPriority = Long.MIN_VALUE;
            for (int i = 0; i < size; i++) {
                long priority = priorityOf(enabled, i);
                if (priority > bestPriority) {
                    best = i;
                    bestPriority = priority;
                }
            }
        }
        int node = enabled.touchedNode(best);
        if (node == EnabledEvents.EVERY_NODE) {
            for (int n = 0; n < nodeHeads.length; n++) {
                nodeHeads[n] = clear(nodeHeads[n]);
            }
        } else if (node < nodeHeads.length) {
            nodeHeads[node] = clear(nodeHeads[node]);
        }
        everyHead = clear(everyHead);
        return best;
    }

    /** The priority of the event at {@code index}, drawn now if it has none. */
    private long priorityOf(EnabledEvents enabled, int index) {
        long key = (enabled.sequence(index) << 3) | enabled.kind(index).ordinal();
        int entry = entries.get(key);
        if (entry != LongIntMap.ABSENT) {
            return priorities[entry];
        }
        entry = allocate();
        keys[entry] = key;
        priorities[entry] = random.nextLong(RANGE);
        entries.put(key, entry);
        int node = enabled.touchedNode(index);
        if (node == EnabledEvents.EVERY_NODE) {
            next[entry] = everyHead;
            everyHead = entry;
        } else {
            if (node >= nodeHeads.length) {
                int old = nodeHeads.length;
                nodeHeads = Arrays.copyOf(nodeHeads, Math.max(node + 1, old * 2));
                Arrays.fill(nodeHeads, old, nodeHeads.length, NONE);
            }
            next[entry] = nodeHeads[node];
            nodeHeads[node] = entry;
        }
        return priorities[entry];
    }

    /** Forgets every entry of the list starting at {@code head}; returns the empty list. */
    private int clear(int head) {
        for (int entry = head; entry != NONE;) {
            int following = next[entry];
            entries.remove(keys[entry]);
            next[entry] = freeEntry;
            freeEntry = entry;
            entry = following;
        }
        return NONE;
    }

    private int allocate() {
        if (freeEntry != NONE) {
            int entry = freeEntry;
            freeEntry = next[entry];
            return entry;
        }
        if (entryCount == keys.length) {
            keys = Arrays.copyOf(keys, entryCount * 2);
            priorities = Arrays.copyOf(priorities, entryCount * 2);
            next = Arrays.copyOf(next, entryCount * 2);
        }
        return entryCount++;
    }
}
