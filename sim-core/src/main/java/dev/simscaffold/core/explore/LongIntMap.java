package dev.simscaffold.core.explore;

/**
 * A map from {@code long} keys to {@code int} values without boxing, for the choosers' per-chain and
 * per-event tables, which are read for every enabled event of every decision. Open addressing with linear
 * probing; removal shifts the following entries back, so no tombstones accumulate. Nothing iterates it, so
 * its layout decides nothing a run does.
 */
final class LongIntMap {

    /** What {@link #get(long)} returns for an absent key. */
    static final int ABSENT = -1;

    private long[] keys = new long[64];
    private int[] values = new int[64];
    private boolean[] used = new boolean[64];
    private int size;

    int get(long key) {
        int mask = keys.length - 1;
        for (int i = index(key, mask); used[i]; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return ABSENT;
    }

    /** Maps {@code key} to {@code value}, a value {@code >= 0}. */
    void put(long key, int value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = index(key, mask);
        while (used[i]) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
            i = (i + 1) & mask;
        }
        used[i] = true;
        keys[i] = key;
        values[i] = value;
        size++;
    }

    void remove(long key) {
        int mask = keys.length - 1;
        int i = index(key, mask);
        while (used[i] && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (!used[i]) {
            return;
        }
        size--;
        int gap = i;
        for (int j = (gap + 1) & mask; used[j]; j = (j + 1) & mask) {
            int home = index(keys[j], mask);
            if (((j - home) & mask) >= ((j - gap) & mask)) {
                keys[gap] = keys[j];
                values[gap] = values[j];
                gap = j;
            }
        }
        used[gap] = false;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int index(long key, int mask) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32)) & mask;
    }
}
