package dev.simscaffold.core.net;

import java.util.Arrays;

/**
 * The network's pending events as a binary min-heap ordered by (time, sequence number), so equal-time
 * events come out in insertion order. Events live in parallel primitive arrays indexed by a recycled
 * slot, and the heap moves only slot indices: pushing and popping allocate nothing once the arrays have
 * grown to the run's high-water mark.
 *
 * <p>{@link #pop()} loads the popped event into the {@code current…} fields rather than returning an
 * object, for the same reason.
 */
final class EventQueue {

    static final int DELIVER = 0;
    static final int DELIVER_PARKED = 1;
    static final int TIMER = 2;
    static final int RESUME = 3;
    static final int RESTART = 4;
    static final int HEAL = 5;
    static final int SCHEDULED = 6;

    private long[] times = new long[64];
    private long[] seqs = new long[64];
    private int[] types = new int[64];
    private int[] nodes = new int[64];
    private int[] froms = new int[64];
    private long[] gens = new long[64];
    private Object[] payloads = new Object[64];
    private int[] heap = new int[64];
    private int[] free = new int[64];
    private int freeCount;
    private int allocated;
    private int size;
    private long nextSeq;

    long currentTime;
    int currentType;
    int currentNode;
    int currentFrom;
    long currentGen;
    Object currentPayload;

    void push(long time, int type, int node, int from, long gen, Object payload) {
        int slot = allocate();
        times[slot] = time;
        seqs[slot] = nextSeq++;
        types[slot] = type;
        nodes[slot] = node;
        froms[slot] = from;
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

    void pop() {
        int slot = heap[0];
        currentTime = times[slot];
        currentType = types[slot];
        currentNode = nodes[slot];
        currentFrom = froms[slot];
        currentGen = gens[slot];
        currentPayload = payloads[slot];
        payloads[slot] = null;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = slot;
        heap[0] = heap[--size];
        if (size > 0) {
            siftDown(0);
        }
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
            froms = Arrays.copyOf(froms, capacity);
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
