package dev.simscaffold.core.net;

import dev.simscaffold.core.explore.Chooser;
import dev.simscaffold.core.explore.EnabledEvent;
import dev.simscaffold.core.explore.EnabledEvents;
import dev.simscaffold.core.explore.Placer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The network's pending events as a binary min-heap ordered by (time, sequence number), so equal-time
 * events come out in insertion order. Events live in parallel primitive arrays indexed by a recycled
 * slot, and the heap moves only slot indices: pushing and popping allocate nothing once the arrays have
 * grown to the run's high-water mark.
 *
 * <p>{@link #pop(Handler)} hands the popped event's fields to a handler rather than returning an object,
 * for the same reason.
 *
 * <p>Each event also has a window: its heap time is the earliest tick it may happen at, and a latest tick
 * (the same, except for a message queued with {@link #pushWindow}, which may arrive as late as its delay
 * range allows).
 * {@link #pop(Handler)}, the default path, ignores the windows and takes the (time, sequence) head;
 * {@link #popChosen} lets a {@link Chooser} pick among the events that are enabled under the windows. A strategy
 * with a {@link Placer} needs neither: its messages are pushed at the tick it placed them at and popped as the
 * default order pops; only a placer that places raced messages again (POS) pushes with {@link #pushPlaced} and pops
 * with {@link #popRacing}, which keep each such message's window and when it was placed.
 *
 * <p>A network that explores calls {@link #keepSorted()} once: from then on the heap array is kept sorted by
 * (time, sequence) (a sorted array is a valid heap, so every reader of the heap still works), and a second heap
 * orders the events by (latest tick, sequence). The enabled events are then, in the common case, a prefix of
 * the array whose length two binary searches give, already in the default order, so a decision costs
 * logarithmic time plus what the chooser reads, instead of a walk over every candidate; the events shown, their
 * order and what each choice postpones are exactly those of the heap's walk.
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
    private long[] latest = new long[64];
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
    /**
     * Scratch for {@link #popChosen} and {@link #popUnsequenced}, reused by every decision: the events that may
     * be enabled, those that are, a stack for walking the heap, room to merge, and the chooser's view.
     */
    private int[] candidates = new int[64];
    private int candidateCount;
    private int[] enabled = new int[64];
    private int enabledCount;
    private boolean enabledSorted;
    private int[] stack = new int[64];
    private int[] scratch = new int[64];
    private final View view = new View();
    /**
     * For a placer that places raced messages again ({@link #popRacing}): per slot, the tick its drawn delay gave
     * and the count of handled events when it was placed; per node, that count when it last handled an event.
     */
    private long[] starts = new long[64];
    private long[] stamps = new long[64];
    private long[] handledAt = new long[8];
    private long handled;
    /** Whether {@link #heap} is kept sorted by (time, sequence) ({@link #keepSorted()}). */
    private boolean sorted;
    /** In sorted mode: a binary min-heap of the queued slots by (latest tick, sequence), and each slot's place in it. */
    private int[] byLatest = new int[64];
    private int[] latestPlace = new int[64];
    /** In sorted mode: whether the decision under way shows the array's first {@link #enabledCount} slots. */
    private boolean prefix;
    /** In sorted mode: scratch for rebuilding the front of the array after a choice postponed events. */
    private int[] kept = new int[64];
    private int[] postponed = new int[64];

    /** Queues an event that happens exactly at {@code time}; returns its slot. */
    int push(long time, NetworkEventType type, int node, long gen, Object payload) {
        return enqueue(time, type, node, gen, payload, false, 0);
    }

    /**
     * Queues a message delivery that may happen at any tick in {@code [time, last]}; the default order takes
     * it at {@code time}. Only a network that explores needs the window: the default path uses {@link #push}.
     */
    void pushWindow(long time, long last, int node, long gen, Object payload) {
        enqueue(time, NetworkEventType.DELIVER, node, gen, payload, true, last);
    }

    /** Queues an event, with its window's last tick when it has one; the slot is taken before any array is written, since taking it may grow them. */
    private int enqueue(long time, NetworkEventType type, int node, long gen, Object payload, boolean window, long last) {
        int slot = allocate();
        times[slot] = time;
        seqs[slot] = nextSeq++;
        types[slot] = type.ordinal();
        nodes[slot] = node;
        gens[slot] = gen;
        payloads[slot] = payload;
        latest[slot] = window ? last : time;
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        if (sorted) {
            insertSorted(slot);
            addByLatest(slot);
        } else {
            heap[size] = slot;
            siftUp(size++);
        }
        return slot;
    }

    /**
     * Queues a message that a strategy's placer put at {@code time}, past the tick {@code start} its drawn delay
     * gave, with {@code last} as the last tick it may be placed at, for {@link #popRacing}.
     */
    void pushPlaced(long time, long start, long last, int node, long gen, Object payload) {
        int slot = enqueue(time, NetworkEventType.DELIVER, node, gen, payload, true, last);
        starts[slot] = start;
        stamps[slot] = handled;
    }

    /**
     * Pops the head as {@link #pop(Handler)} does, unless it is a message that raced and lost: its receiver
     * handled another event since it was placed and its window is not over. Such a message is placed again over
     * its whole window ({@link Placer#place}, from the tick its drawn delay gave); if the new tick is not later
     * than now it is taken now, otherwise it is queued at the new tick and the new head is considered. Returns
     * false without handling anything if the head is then past {@code deadline}.
     */
    boolean popRacing(Placer placer, long deadline, Handler handler) {
        int deliver = NetworkEventType.DELIVER.ordinal();
        while (true) {
            int slot = heap[0];
            if (times[slot] > deadline) {
                return false;
            }
            int node = nodes[slot];
            if (node >= handledAt.length) {
                handledAt = Arrays.copyOf(handledAt, Math.max(node + 1, handledAt.length * 2));
            }
            long now = times[slot];
            if (types[slot] == deliver && handledAt[node] > stamps[slot] && latest[slot] > now) {
                stamps[slot] = handled;
                long start = starts[slot];
                long at = start + placer.place(((Envelope<?>) payloads[slot]).from(), node, latest[slot] - start);
                if (at > now) {
                    times[slot] = at;
                    siftDown(0);
                    continue;
                }
            }
            handledAt[node] = ++handled;
            return pop(handler);
        }
    }

    /**
     * Keeps the queue sorted from now on, for a network whose strategy's chooser decides every event: sorts
     * what is queued and builds the heap by latest tick. Called once, before the first event.
     */
    void keepSorted() {
        if (!sorted) {
            sort(heap, size, false);
            sorted = true;
            rebuildByLatest();
        }
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
        if (sorted) {
            removeQueued(slot);
            return handOver(slot, times[slot], handler);
        }
        heap[0] = heap[--size];
        if (size > 0) {
            siftDown(0);
        }
        return handOver(slot, times[slot], handler);
    }

    /** Frees a slot that has left the heap and hands its event to the handler, at {@code time}. */
    private boolean handOver(int slot, long time, Handler handler) {
        NetworkEventType type = NetworkEventType.of(types[slot]);
        int node = nodes[slot];
        long gen = gens[slot];
        Object payload = payloads[slot];
        payloads[slot] = null;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = slot;
        return handler.handle(time, type, node, gen, payload);
    }

    /**
     * Removes the event that {@code chooser} picks among the enabled ones and hands it to {@code handler}
     * at tick {@code max(now, earliest)}; returns what the handler returned.
     *
     * <p>An event is enabled if that tick is at most {@code deadline} and at most every other pending
     * event's latest tick, less one for an event queued before it: such an event, if its earliest tick is
     * not later than the chosen tick, is moved to the next tick, because a plain run takes equal-time
     * events in queueing order. Every schedule picked this way is therefore one a plain run makes when each
     * message's delay is the one it ended up having. The (time, sequence) head is always enabled and is
     * listed first, so choosing index 0 is exactly {@link #pop(Handler)}.
     *
     * @param nodeCount how many nodes the network has, for events that touch every node
     */
    boolean popChosen(Chooser chooser, long now, long deadline, int nodeCount, Handler handler) {
        if (sorted) {
            return popChosenSorted(chooser, now, deadline, nodeCount, handler);
        }
        collectEnabled(now, deadline);
        int chosen = choose(chooser, nodeCount);
        long at = Math.max(now, times[chosen]);
        for (int i = 0; i < candidateCount; i++) {
            int slot = candidates[i];
            if (slot != chosen && seqs[slot] < seqs[chosen] && times[slot] <= at) {
                int index = indexOf(slot);
                times[slot] = at + 1;
                siftDown(index);
            }
        }
        removeAt(indexOf(chosen));
        return handOver(chosen, at, handler);
    }

    /**
     * Removes the event {@code chooser} picks among the events enabled under {@link EventOrder#UNSEQUENCED}
     * and hands it to {@code handler} at tick {@code max(now, earliest)}; returns what the handler returned.
     * Kept apart from {@link #popChosen}, whose rule is the default order's.
     *
     * <p>An event is enabled if that tick is at most {@code deadline} and at most every <em>other</em>
     * pending event's latest tick: no event may be taken past another one's window, but events due at the same
     * tick carry no order among themselves, so nothing is postponed. Two events at different nodes due at the
     * same tick therefore commute: either order ends in the same state, each node having seen the same tick.
     * The (time, sequence) head is always enabled and listed first, so choosing index 0 is exactly
     * {@link #pop(Handler)}, and a run without a chooser is one of this order's runs.
     *
     * @param nodeCount how many nodes the network has, for events that touch every node
     */
    boolean popUnsequenced(Chooser chooser, long now, long deadline, int nodeCount, Handler handler) {
        long least = Long.MAX_VALUE;
        long second = Long.MAX_VALUE;
        int leastSlot = -1;
        for (int i = 0; i < size; i++) {
            int slot = heap[i];
            long last = latestOf(slot);
            if (last < least) {
                second = least;
                least = last;
                leastSlot = slot;
            } else if (last < second) {
                second = last;
            }
        }
        collectCandidates(least);
        startEnabled();
        for (int i = 0; i < candidateCount; i++) {
            int slot = candidates[i];
            long at = Math.max(now, times[slot]);
            if (at <= deadline && at <= (slot == leastSlot ? second : least)) {
                enabled[enabledCount++] = slot;
            }
        }
        int chosen = choose(chooser, nodeCount);
        removeQueued(chosen);
        return handOver(chosen, Math.max(now, times[chosen]), handler);
    }

    /**
     * Gathers the enabled events' slots into {@link #enabled}, unordered (the view sorts them into the default
     * order, (earliest, sequence), when a chooser first reads one by index).
     *
     * <p>Only the <em>candidates</em> take part: the events due by the smallest latest tick of all,
     * {@code L}, found by walking the heap down to that time. No other event can be enabled (each is due
     * after {@code L}, and the event whose latest tick is {@code L} is queued before or after it), and none
     * can disable a candidate (its latest tick, less one, is at least {@code L}, and no candidate is due
     * after {@code L}; no pending event's latest tick is before {@code now}), so the result is the one a pass
     * over every pending event gives, at a cost that grows with the candidates rather than with the queue.
     * The candidates are also the only events a choice can postpone. Every candidate's tick is at most
     * {@code L} and every other latest tick at least {@code L}, so the rule comes down to one comparison: a
     * candidate due at {@code L} is enabled only if no event queued before it has {@code L} as its latest
     * tick (which would have to move past its own window), and one due before {@code L} always is.
     */
    private void collectEnabled(long now, long deadline) {
        long bound = Long.MAX_VALUE;
        long firstAtBound = Long.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            int slot = heap[i];
            long last = latestOf(slot);
            if (last < bound) {
                bound = last;
                firstAtBound = seqs[slot];
            } else if (last == bound && seqs[slot] < firstAtBound) {
                firstAtBound = seqs[slot];
            }
        }
        if (now > bound) {
            throw new IllegalStateException("a pending event's latest tick " + bound + " is before now, t=" + now);
        }
        collectCandidates(bound);
        startEnabled();
        for (int i = 0; i < candidateCount; i++) {
            int slot = candidates[i];
            long at = Math.max(now, times[slot]);
            if (at <= deadline && (at < bound || seqs[slot] <= firstAtBound)) {
                enabled[enabledCount++] = slot;
            }
        }
    }

    /** Empties {@link #enabled}, with room for every candidate. */
    private void startEnabled() {
        if (enabled.length < candidateCount) {
            enabled = new int[Math.max(candidateCount, enabled.length * 2)];
        }
        enabledCount = 0;
        enabledSorted = false;
        prefix = false;
    }

    /** Shows the enabled events to {@code chooser} and returns the slot it picks. */
    private int choose(Chooser chooser, int nodeCount) {
        view.nodeCount = nodeCount;
        int pick = chooser.choose(view);
        if (pick < 0 || pick >= enabledCount) {
            throw new IllegalStateException("the strategy's chooser picked index " + pick + " of " + enabledCount + " enabled events");
        }
        view.picked = pick;
        if (prefix) {
            return heap[pick];
        }
        if (enabledSorted) {
            return enabled[pick];
        }
        if (pick != 0) {
            return view.slot(pick);
        }
        int first = enabled[0];
        for (int i = 1; i < enabledCount; i++) {
            if (less(enabled[i], first)) {
                first = enabled[i];
            }
        }
        return first;
    }

    /**
     * The enabled events of the decision under way, read from the queue's arrays without copying; sorted into
     * the default order the first time a chooser reads one by index, since a chooser that reads only the
     * count (or picks the first) needs no order.
     */
    private final class View extends EnabledEvents {
        private int nodeCount;
        /** The index the chooser picked at the decision under way: in a prefix, the chosen event's position. */
        private int picked;

        int slot(int index) {
            Objects.checkIndex(index, enabledCount);
            if (prefix) {
                return heap[index];
            }
            if (!enabledSorted) {
                EventQueue.this.sort(enabled, enabledCount, false);
                enabledSorted = true;
            }
            return enabled[index];
        }

        @Override
        public int size() {
            return enabledCount;
        }

        @Override
        public EnabledEvent.Kind kind(int index) {
            return NetworkEventType.of(types[slot(index)]).kind();
        }

        @Override
        public long earliest(int index) {
            return times[slot(index)];
        }

        @Override
        public long latest(int index) {
            return latestOf(slot(index));
        }

        @Override
        public long sequence(int index) {
            return seqs[slot(index)];
        }

        @Override
        public int origin(int index) {
            int slot = slot(index);
            return NetworkEventType.of(types[slot]).origin(nodes[slot], payloads[slot]);
        }

        @Override
        public int touchedNode(int index) {
            int slot = slot(index);
            return NetworkEventType.of(types[slot]).touchedNode(nodes[slot], payloads[slot], nodeCount);
        }

        @Override
        public List<Integer> touches(int index) {
            int slot = slot(index);
            return NetworkEventType.of(types[slot]).touches(nodes[slot], payloads[slot], nodeCount);
        }
    }

    /**
     * {@link #popChosen} on the sorted array: the same enabled events in the same order, the same postponements.
     *
     * <p>The bound {@code L} and the first sequence number at it are the head of the heap by latest tick. While
     * {@code now < L} an event's tick {@code max(now, earliest)} is before {@code L} exactly when its earliest
     * tick is, so the enabled events are the array's prefix up to {@code (L, first sequence at L)}, or up to the
     * deadline when that comes first: two binary searches. Otherwise (now at {@code L}) the candidates, the
     * prefix due by {@code L}, are filtered one by one, still in order.
     */
    private boolean popChosenSorted(Chooser chooser, long now, long deadline, int nodeCount, Handler handler) {
        int first = byLatest[0];
        long bound = latestOf(first);
        long firstAtBound = seqs[first];
        if (now > bound) {
            throw new IllegalStateException("a pending event's latest tick " + bound + " is before now, t=" + now);
        }
        if (now < bound && now <= deadline) {
            enabledCount = deadline < bound ? countUpTo(deadline, Long.MAX_VALUE) : countUpTo(bound, firstAtBound);
            enabledSorted = true;
            prefix = true;
        } else {
            candidateCount = countUpTo(bound, Long.MAX_VALUE);
            startEnabled();
            for (int i = 0; i < candidateCount; i++) {
                int slot = heap[i];
                long at = Math.max(now, times[slot]);
                if (at <= deadline && (at < bound || seqs[slot] <= firstAtBound)) {
                    enabled[enabledCount++] = slot;
                }
            }
            enabledSorted = true;
        }
        int chosen = choose(chooser, nodeCount);
        long at = Math.max(now, times[chosen]);
        int position = prefix ? view.picked : positionOf(chosen);
        removeByLatest(chosen);
        if (postponesNothing(position, at)) {
            removeSortedAt(position);
        } else {
            removeChosenAndPostpone(chosen, at);
        }
        return handOver(chosen, at, handler);
    }

    /**
     * Whether taking the event at {@code position} at tick {@code at} postpones nothing: no event before it in
     * the array was queued before it (each is due by its tick), and, when it is taken late ({@code at} after its
     * earliest tick), none after it due by {@code at} was either. Reads only those events, so taking the head on
     * time costs nothing.
     */
    private boolean postponesNothing(int position, long at) {
        int chosen = heap[position];
        long chosenSeq = seqs[chosen];
        for (int i = 0; i < position; i++) {
            if (seqs[heap[i]] < chosenSeq) {
                return false;
            }
        }
        if (at > times[chosen]) {
            for (int i = position + 1; i < size && times[heap[i]] <= at; i++) {
                if (seqs[heap[i]] < chosenSeq) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Removes the chosen slot from the sorted array and moves every event queued before it and due by
     * {@code at} to {@code at + 1}, keeping the array sorted: the front of the array up to {@code at + 1} is
     * split into the events that stay and those postponed (then sorted by sequence, their order at one tick),
     * and the two runs are merged back.
     */
    private void removeChosenAndPostpone(int chosen, long at) {
        long chosenSeq = seqs[chosen];
        int end = 0;
        int keptCount = 0;
        int postponedCount = 0;
        if (kept.length < size) {
            kept = new int[Math.max(size, kept.length * 2)];
            postponed = new int[kept.length];
        }
        while (end < size && times[heap[end]] <= at + 1) {
            int slot = heap[end++];
            if (slot == chosen) {
                continue;
            }
            if (times[slot] <= at && seqs[slot] < chosenSeq) {
                postponed[postponedCount++] = slot;
            } else {
                kept[keptCount++] = slot;
            }
        }
        if (postponedCount == 0) {
            removeSortedAt(positionOf(chosen));
            return;
        }
        sort(postponed, postponedCount, true);
        for (int i = 0; i < postponedCount; i++) {
            times[postponed[i]] = at + 1;
        }
        int out = 0;
        int k = 0;
        int p = 0;
        while (k < keptCount && p < postponedCount) {
            heap[out++] = less(postponed[p], kept[k]) ? postponed[p++] : kept[k++];
        }
        while (k < keptCount) {
            heap[out++] = kept[k++];
        }
        while (p < postponedCount) {
            heap[out++] = postponed[p++];
        }
        System.arraycopy(heap, end, heap, out, size - end);
        size--;
    }

    /** How many slots of the sorted array come before {@code (time, seq)} or are it: a binary search. */
    private int countUpTo(long time, long seq) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            int slot = heap[middle];
            long t = times[slot];
            if (t < time || (t == time && seqs[slot] <= seq)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The position of a queued slot in the sorted array. */
    private int positionOf(int slot) {
        int position = countUpTo(times[slot], seqs[slot]) - 1;
        if (position < 0 || heap[position] != slot) {
            throw new IllegalStateException("slot " + slot + " is not queued");
        }
        return position;
    }

    private void insertSorted(int slot) {
        int position = countUpTo(times[slot], seqs[slot]);
        System.arraycopy(heap, position, heap, position + 1, size - position);
        heap[position] = slot;
        size++;
    }

    private void removeSortedAt(int position) {
        System.arraycopy(heap, position + 1, heap, position, size - position - 1);
        size--;
    }

    /** Removes a queued slot, wherever it is, from whichever structures this queue keeps. */
    private void removeQueued(int slot) {
        if (sorted) {
            removeByLatest(slot);
            removeSortedAt(positionOf(slot));
        } else {
            removeAt(indexOf(slot));
        }
    }

    /** Whether slot {@code a} comes before {@code b} by (latest tick, sequence). */
    private boolean lessLatest(int a, int b) {
        long la = latestOf(a);
        long lb = latestOf(b);
        return la < lb || (la == lb && seqs[a] < seqs[b]);
    }

    private void addByLatest(int slot) {
        int count = size - 1;
        if (byLatest.length <= count) {
            byLatest = Arrays.copyOf(byLatest, Math.max(count + 1, byLatest.length * 2));
        }
        if (latestPlace.length <= slot) {
            latestPlace = Arrays.copyOf(latestPlace, Math.max(slot + 1, latestPlace.length * 2));
        }
        byLatest[count] = slot;
        latestPlace[slot] = count;
        siftUpLatest(count);
    }

    /** Removes a slot from the heap by latest tick; called before the slot leaves the sorted array. */
    private void removeByLatest(int slot) {
        int count = size - 1;
        int index = latestPlace[slot];
        int last = byLatest[count];
        if (index < count) {
            byLatest[index] = last;
            latestPlace[last] = index;
            siftDownLatest(index, count);
            siftUpLatest(latestPlace[last]);
        }
    }

    /** Builds the heap by latest tick from the sorted array. */
    private void rebuildByLatest() {
        if (byLatest.length < size) {
            byLatest = new int[Math.max(size, byLatest.length * 2)];
        }
        if (latestPlace.length < times.length) {
            latestPlace = new int[times.length];
        }
        for (int i = 0; i < size; i++) {
            byLatest[i] = heap[i];
            latestPlace[heap[i]] = i;
        }
        for (int i = size / 2 - 1; i >= 0; i--) {
            siftDownLatest(i, size);
        }
    }

    private void siftUpLatest(int index) {
        int slot = byLatest[index];
        while (index > 0) {
            int parent = (index - 1) >>> 1;
            int parentSlot = byLatest[parent];
            if (!lessLatest(slot, parentSlot)) {
                break;
            }
            byLatest[index] = parentSlot;
            latestPlace[parentSlot] = index;
            index = parent;
        }
        byLatest[index] = slot;
        latestPlace[slot] = index;
    }

    private void siftDownLatest(int index, int count) {
        int slot = byLatest[index];
        int half = count >>> 1;
        while (index < half) {
            int child = 2 * index + 1;
            int right = child + 1;
            if (right < count && lessLatest(byLatest[right], byLatest[child])) {
                child = right;
            }
            if (!lessLatest(byLatest[child], slot)) {
                break;
            }
            byLatest[index] = byLatest[child];
            latestPlace[byLatest[index]] = index;
            index = child;
        }
        byLatest[index] = slot;
        latestPlace[slot] = index;
    }

    /** Gathers into {@link #candidates} every queued event due at or before {@code bound}, pruning the heap below later ones. */
    private void collectCandidates(long bound) {
        candidateCount = 0;
        if (size == 0) {
            return;
        }
        if (stack.length < size) {
            stack = new int[Math.max(size, stack.length * 2)];
        }
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int index = stack[--top];
            int slot = heap[index];
            if (times[slot] > bound) {
                continue;
            }
            if (candidateCount == candidates.length) {
                candidates = Arrays.copyOf(candidates, candidateCount * 2);
            }
            candidates[candidateCount++] = slot;
            int child = 2 * index + 1;
            if (child < size) {
                stack[top++] = child;
            }
            if (child + 1 < size) {
                stack[top++] = child + 1;
            }
        }
    }

    /** Sorts slots by sequence number alone ({@code bySeq}) or by (time, sequence), in O(n log n) without boxing. */
    private void sort(int[] slots, int count, boolean bySeq) {
        if (scratch.length < count) {
            scratch = new int[Math.max(count, scratch.length * 2)];
        }
        for (int width = 1; width < count; width *= 2) {
            for (int from = 0; from < count - width; from += 2 * width) {
                int middle = from + width;
                int to = Math.min(from + 2 * width, count);
                int left = from;
                int right = middle;
                int out = from;
                while (left < middle && right < to) {
                    boolean rightFirst = bySeq ? seqs[slots[right]] < seqs[slots[left]] : less(slots[right], slots[left]);
                    scratch[out++] = rightFirst ? slots[right++] : slots[left++];
                }
                while (left < middle) {
                    scratch[out++] = slots[left++];
                }
                while (right < to) {
                    scratch[out++] = slots[right++];
                }
                System.arraycopy(scratch, from, slots, from, to - from);
            }
        }
    }

    /** The heap index of a queued slot, searching only the subtrees whose root is not after it. */
    private int indexOf(int target) {
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int index = stack[--top];
            int slot = heap[index];
            if (slot == target) {
                return index;
            }
            if (less(target, slot)) {
                continue;
            }
            int child = 2 * index + 1;
            if (child < size) {
                stack[top++] = child;
            }
            if (child + 1 < size) {
                stack[top++] = child + 1;
            }
        }
        throw new IllegalStateException("slot " + target + " is not queued");
    }

    /** Removes the event at heap index {@code index}, restoring the heap order. */
    private void removeAt(int index) {
        int last = heap[--size];
        if (index < size) {
            heap[index] = last;
            siftDown(index);
            siftUp(index);
        }
    }

    /**
     * Lists the pending events in queueing order, each as {@code mapper} renders it from its fields, for a
     * model checker's state key: the order matters (it breaks ties), the sequence numbers themselves do not.
     */
    <T> List<T> pendingInOrder(PendingMapper<T> mapper) {
        int[] bySeq = Arrays.copyOf(heap, size);
        sort(bySeq, size, true);
        List<T> pending = new ArrayList<>(size);
        for (int slot : bySeq) {
            pending.add(mapper.map(times[slot], latestOf(slot), NetworkEventType.of(types[slot]), nodes[slot], gens[slot],
                    payloads[slot]));
        }
        return pending;
    }

    /**
     * Lists the pending events for a model checker's state key under {@link EventOrder#UNSEQUENCED}, in an
     * order that does not depend on which of two commuting events was taken first: by node, kind, time,
     * window and origin, and only then by queueing order. That last tie is between events one origin queued
     * (a node's own timers, or messages one sender sent to one node), whose order is the origin's own steps'
     * order, the same in every interleaving of other nodes' events. Under this event order the queueing order
     * of other events decides nothing.
     */
    <T> List<T> pendingCanonical(PendingMapper<T> mapper) {
        Integer[] slots = new Integer[size];
        for (int i = 0; i < size; i++) {
            slots[i] = heap[i];
        }
        Arrays.sort(slots, (a, b) -> {
            int by = Integer.compare(nodes[a], nodes[b]);
            by = by != 0 ? by : Integer.compare(types[a], types[b]);
            by = by != 0 ? by : Long.compare(times[a], times[b]);
            by = by != 0 ? by : Long.compare(latestOf(a), latestOf(b));
            by = by != 0 ? by : Integer.compare(originOf(a), originOf(b));
            return by != 0 ? by : Long.compare(seqs[a], seqs[b]);
        });
        List<T> pending = new ArrayList<>(size);
        for (int slot : slots) {
            pending.add(mapper.map(times[slot], latestOf(slot), NetworkEventType.of(types[slot]), nodes[slot], gens[slot],
                    payloads[slot]));
        }
        return pending;
    }

    private int originOf(int slot) {
        return NetworkEventType.of(types[slot]).origin(nodes[slot], payloads[slot]);
    }

    /** Renders one pending event for {@link #pendingInOrder}. */
    @FunctionalInterface
    interface PendingMapper<T> {
        T map(long time, long latest, NetworkEventType type, int node, long generation, Object payload);
    }

    /** An event's latest tick: a message's window end, for every other event its (never postponed) time. */
    private long latestOf(int slot) {
        return types[slot] == NetworkEventType.DELIVER.ordinal() ? latest[slot] : times[slot];
    }

    private int allocate() {
        if (freeCount > 0) {
            return free[--freeCount];
        }
        if (allocated == times.length) {
            int capacity = allocated * 2;
            times = Arrays.copyOf(times, capacity);
            latest = Arrays.copyOf(latest, capacity);
            seqs = Arrays.copyOf(seqs, capacity);
            types = Arrays.copyOf(types, capacity);
            nodes = Arrays.copyOf(nodes, capacity);
            gens = Arrays.copyOf(gens, capacity);
            payloads = Arrays.copyOf(payloads, capacity);
            starts = Arrays.copyOf(starts, capacity);
            stamps = Arrays.copyOf(stamps, capacity);
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

    /**
     * What a network snapshot keeps of the queue: only the pending events (each with its slot, in the order of
     * the heap array), the free list and the counters, in three arrays, so that taking it allocates nothing
     * that grows with the queue's capacity or its scratch. A queue restored from it pops exactly as this one
     * would have: the same slots, sequence numbers and free list; the scratch of a decision is rebuilt by the
     * decision itself, and in sorted mode the heap by latest tick is rebuilt from the events (only its head
     * is ever read, and the (latest tick, sequence) keys are distinct, so any valid heap gives the same head).
     *
     * @param words per pending event: earliest tick, latest tick, sequence number, generation
     * @param ints per pending event: slot, type, node; then the free list
     * @param payloads per pending event: its payload
     * @param racing for a queue that {@link #popRacing} pops: per pending event its start and stamp, then the
     *               count of handled events and each node's count when it last handled one; null otherwise
     */
    record Saved(long[] words, int[] ints, Object[] payloads, int allocated, long nextSeq, boolean sorted, long[] racing) {
    }

    /** Takes what {@link #restore(Saved)} needs to make a queue hold exactly what this one holds. */
    Saved save() {
        long[] words = new long[4 * size];
        int[] ints = new int[3 * size + freeCount];
        Object[] saved = new Object[size];
        for (int i = 0; i < size; i++) {
            int slot = heap[i];
            words[4 * i] = times[slot];
            words[4 * i + 1] = latest[slot];
            words[4 * i + 2] = seqs[slot];
            words[4 * i + 3] = gens[slot];
            ints[3 * i] = slot;
            ints[3 * i + 1] = types[slot];
            ints[3 * i + 2] = nodes[slot];
            saved[i] = payloads[slot];
        }
        System.arraycopy(free, 0, ints, 3 * size, freeCount);
        return new Saved(words, ints, saved, allocated, nextSeq, sorted, handled == 0 ? null : saveRacing());
    }

    /** The state of {@link #popRacing}: see {@link Saved#racing()}. */
    private long[] saveRacing() {
        long[] racing = new long[2 * size + 1 + handledAt.length];
        for (int i = 0; i < size; i++) {
            racing[2 * i] = starts[heap[i]];
            racing[2 * i + 1] = stamps[heap[i]];
        }
        racing[2 * size] = handled;
        System.arraycopy(handledAt, 0, racing, 2 * size + 1, handledAt.length);
        return racing;
    }

    /** Makes this queue hold exactly what the queue that took {@code saved} held then (see {@link Saved}). */
    void restore(Saved saved) {
        for (int i = 0; i < size; i++) {
            payloads[heap[i]] = null;
        }
        if (times.length < saved.allocated()) {
            int capacity = Math.max(saved.allocated(), times.length * 2);
            times = Arrays.copyOf(times, capacity);
            latest = Arrays.copyOf(latest, capacity);
            seqs = Arrays.copyOf(seqs, capacity);
            types = Arrays.copyOf(types, capacity);
            nodes = Arrays.copyOf(nodes, capacity);
            gens = Arrays.copyOf(gens, capacity);
            payloads = Arrays.copyOf(payloads, capacity);
            starts = Arrays.copyOf(starts, capacity);
            stamps = Arrays.copyOf(stamps, capacity);
        }
        long[] words = saved.words();
        int[] ints = saved.ints();
        int count = saved.payloads().length;
        if (heap.length < count) {
            heap = new int[Math.max(count, heap.length * 2)];
        }
        for (int i = 0; i < count; i++) {
            int slot = ints[3 * i];
            times[slot] = words[4 * i];
            latest[slot] = words[4 * i + 1];
            seqs[slot] = words[4 * i + 2];
            gens[slot] = words[4 * i + 3];
            types[slot] = ints[3 * i + 1];
            nodes[slot] = ints[3 * i + 2];
            payloads[slot] = saved.payloads()[i];
            heap[i] = slot;
        }
        int freed = ints.length - 3 * count;
        if (free.length < freed) {
            free = new int[Math.max(freed, free.length * 2)];
        }
        System.arraycopy(ints, 3 * count, free, 0, freed);
        freeCount = freed;
        allocated = saved.allocated();
        size = count;
        nextSeq = saved.nextSeq();
        sorted = saved.sorted();
        if (sorted) {
            rebuildByLatest();
        }
        restoreRacing(saved.racing(), count, ints);
    }

    /** Restores the state of {@link #popRacing} that {@link #saveRacing} took, or none. */
    private void restoreRacing(long[] racing, int count, int[] ints) {
        if (racing == null) {
            handled = 0;
            Arrays.fill(handledAt, 0);
            return;
        }
        for (int i = 0; i < count; i++) {
            starts[ints[3 * i]] = racing[2 * i];
            stamps[ints[3 * i]] = racing[2 * i + 1];
        }
        handled = racing[2 * count];
        handledAt = Arrays.copyOfRange(racing, 2 * count + 1, racing.length);
    }

    /** An independent copy of every pending event, by {@link #save()} and {@link #restore(Saved)}. */
    EventQueue copy() {
        EventQueue copy = new EventQueue();
        copy.restore(save());
        return copy;
    }
}
