package dev.simscaffold.core.history;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link ListAppendChecker} knows about one key: who appended each value, which appends failed or were
 * intermediate, and the key's version order, the longest list any committed transaction read (every other
 * read must be a prefix of it). Appends no read observed come after the version order, in no known order.
 */
final class KeyVersions {
    final int id;
    final String key;
    /** Value to the transaction (ok or info) that appended it. */
    final Map<Long, Integer> writers = new LinkedHashMap<>();
    /** Value to the failed transaction that appended it; allocated on first use. */
    Map<Long, Integer> failed;
    /** Values a transaction appended to this key and then appended to again; allocated on first use. */
    Set<Long> intermediate;
    /** The version order. */
    List<Long> order = List.of();
    /** Value to its position in {@link #order}, built by {@link #index()}. */
    Map<Long, Integer> position;
    /** Committed transactions whose append no read observed, set when the graph is built. */
    int[] unobserved = new int[0];
    /** Whether two reads of the key disagreed (reported once). */
    boolean incompatible;

    KeyVersions(int id, String key) {
        this.id = id;
        this.key = key;
    }

    void failedAppend(long value, int txn) {
        if (failed == null) {
            failed = new LinkedHashMap<>();
        }
        failed.put(value, txn);
    }

    void intermediateAppend(long value) {
        if (intermediate == null) {
            intermediate = new LinkedHashSet<>();
        }
        intermediate.add(value);
    }

    boolean isIntermediate(long value) {
        return intermediate != null && intermediate.contains(value);
    }

    Integer failedWriter(long value) {
        return failed == null ? null : failed.get(value);
    }

    /**
     * Offers a read to the version order.
     *
     * @param values the list read
     * @return true when it is compatible with the order so far (a prefix of it, or extending it)
     */
    boolean offer(List<Long> values) {
        if (isPrefix(values, order)) {
            return true;
        }
        if (isPrefix(order, values)) {
            order = values;
            return true;
        }
        return false;
    }

    void index() {
        position = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.putIfAbsent(order.get(i), i);
        }
    }

    int writerAt(int index) {
        Integer writer = writers.get(order.get(index));
        return writer == null ? -1 : writer;
    }

    private static boolean isPrefix(List<Long> prefix, List<Long> list) {
        if (prefix.size() > list.size()) {
            return false;
        }
        for (int i = prefix.size() - 1; i >= 0; i--) {
            if (!prefix.get(i).equals(list.get(i))) {
                return false;
            }
        }
        return true;
    }
}
