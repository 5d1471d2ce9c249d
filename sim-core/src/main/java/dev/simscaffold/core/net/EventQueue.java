package dev.simscaffold.core.net;

import java.util.Arrays;

/**
 * The network's pending events as a binary min-heap ordered by (time, sequence number), so equal-time
 * events come out in insertion order. Events live in parallel primitive arrays indexed by a recycled
 * slot, and the heap moves only slot indices: pushing and popping allocate nothing once the arrays have
 * grown to the run's high-water mark.
 *
 * <p>{@link #pop(Handler)} hands the popped event's fields to a handler rather than returning an object,
 * for the same reason.
 */
final class EventQueue {

    /** Receives a popped event. */
    @FunctionalInterface
    interface Handler {
        /**
         * Handles one event; returns whether it did something (an overtaken event does not).
         *
         * @param time when it is due
         * @param type what it is
         * @param node the node it concerns, or 0
         * @param generation the generation it was queued in, to recognise overtaken events
         * @param payload the envelope, fault event or action, or null
         * @return true if the event did something
         */
        boolean handle(long time, NetworkEventType type, int node, long generation, Object payload);
    }

    private long[] times = new long[64];
    private long[] seqs = new long[64];
    private int[] types = new int[64];
    private int[] nodes = new int[64];
    private long[] gens = new long[64];
    private Object[] payloads = new Object[64];
    private int[] heap = new int[64];
    private int[] free = new int[64];
    private int freeCount;
    private int allocated;
    private int size;
    private long nextSeq;

    void push(long time, NetworkEventType type, int node, long gen, Object payload) {
        int slot = allocate();
        times[slot] = time;
        seqs[slot] = nextSeq++;
        types[slot] = type.ordinal();
        nodes[slot] = node;
        gens[slot] = gen;
        payloads[slot] = payload;
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        heap[size] = slot;
        siftUp(size++);
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    long peekTime() {
        return times[heap[0]];
    }

    /** Removes the earliest event and hands it to {@code handler}; returns what the handler returned. */
    boolean pop(Handler handler) {
        int slot = heap[0];
        long time = times[slot];
        NetworkEventType type = NetworkEventType.of(types[slot]);
        int node = nodes[slot];
        long gen = gens[slot];
        Object payload = payloads[slot];
        payloads[slot] = null;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = slot;
        heap[0] = heap[--size];
        if (size > 0) {
            siftDown(0);
        }
        return handler.handle(time, type, node, gen, payload);
    }

    private int allocate() {
        if (freeCount > 0) {
            return free[--freeCount];
        }
        if (allocated == times.length) {
            int capacity = allocated * 2;
            times = Arrays.copyOf(times, capacity);
            seqs = Arrays.copyOf(seqs, capacity);
            types = Arrays.copyOf(types, capacity);
            nodes = Arrays.copyOf(nodes, capacity);
            gens = Arrays.copyOf(gens, capacity);
            payloads = Arrays.copyOf(payloads, capacity);
        }
        return allocated++;
    }

    private boolean less(int a, int b) {
        long ta = times[a];
        long tb = times[b];
        return ta < tb || (ta == tb && seqs[a] < seqs[b]);
    }

    private void siftUp(int index) {
        int slot = heap[index];
        while (index > 0) {
            int parent = (index - 1) >>> 1;
            int parentSlot = heap[parent];
            if (!less(slot, parentSlot)) {
                break;
            }
            heap[index] = parentSlot;
            index = parent;
        }
        heap[index] = slot;
    }

    private void siftDown(int index) {
        int slot = heap[index];
        int half = size >>> 1;
        while (index < half) {
            int child = 2 * index + 1;
            int right = child + 1;
            if (right < size && less(heap[right], heap[child])) {
                child = right;
            }
            if (!less(heap[child], slot)) {
                break;
            }
            heap[index] = heap[child];
            index = child;
        }
        heap[index] = slot;
    }
}
