package dev.simscaffold.core.history;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Wing &amp; Gong search with Lowe's memoisation, as Porcupine implements it: the history is a doubly
 * linked list of call and return entries in real-time order; the search repeatedly linearizes the first
 * call it can (lifting the call and its return out of the list), and backtracks when it reaches a return
 * whose call is not linearized yet. A configuration (set of operations linearized, model state) that was
 * reached before cannot lead anywhere new, so it is skipped: that cache is what makes the search fast.
 *
 * <p>Failed operations reach the search only when the model counts their failure as a result
 * ({@link Model#failureIsResult}); they are placed like completed ones, through {@link Model#stepFailed}.
 * Indeterminate operations have no return entry, so they never force anything; each may be linearized
 * at any point after its call, into any state {@link Model#stepIndeterminate} offers, or never. The search
 * succeeds as soon as every determinate operation is linearized.
 *
 * <p>The memo holds at most {@code memoLimit} configurations: past that the search goes on without
 * remembering new ones, which costs time but never changes the verdict, so a hard history uses bounded
 * memory instead of ending in {@code OutOfMemoryError}.
 */
final class WglSearch<S, I, O> {

    /** One call or return of the list. */
    private static final class Entry {
        final int op;
        final boolean call;
        Entry match;
        Entry prev;
        Entry next;

        Entry(int op, boolean call) {
            this.op = op;
            this.call = call;
        }
    }

    /** A linearized call: where to resume when backtracking over it. */
    private record Frame<S>(Entry entry, S stateBefore, int candidate) {
    }

    private final Model<S, I, O> model;
    private final List<Operation<I, O>> ops;
    private final long maxSteps;
    private final int memoLimit;

    private WglSearch(Model<S, I, O> model, List<Operation<I, O>> ops, long maxSteps, int memoLimit) {
        this.model = model;
        this.ops = ops;
        this.maxSteps = maxSteps;
        this.memoLimit = memoLimit;
    }

    /**
     * Searches for a linearization of operations (none of them failed) against a model.
     *
     * @param model the sequential specification
     * @param ops the operations, in any order
     * @param maxSteps the step budget
     * @param memoLimit the most configurations the memo holds
     * @return what the search found
     */
    static <S, I, O> SearchOutcome<I, O> run(Model<S, I, O> model, List<Operation<I, O>> ops, long maxSteps, int memoLimit) {
        return new WglSearch<>(model, List.copyOf(ops), maxSteps, memoLimit).search();
    }

    private SearchOutcome<I, O> search() {
        Entry head = buildList();
        long[] linearized = new long[(ops.size() + 63) / 64];
        Set<Configuration> seen = new LinkedHashSet<>();
        Deque<Frame<S>> stack = new ArrayDeque<>();
        int determinateLeft = (int) ops.stream().filter(op -> op.outcome() != OpOutcome.INFO).count();
        S state = model.initialState();
        Entry entry = head.next;
        int candidate = 0;
        long steps = 0;
        while (determinateLeft > 0) {
            if (++steps > maxSteps) {
                return new SearchOutcome<>(Verdict.UNKNOWN, steps - 1, List.of());
            }
            if (entry != null && entry.call) {
                Operation<I, O> op = ops.get(entry.op);
                List<S> next = successors(state, op);
                boolean lifted = false;
                for (int i = candidate; i < next.size() && !lifted; i++) {
                    flip(linearized, entry.op);
                    if (remember(seen, new Configuration(linearized.clone(), next.get(i)))) {
                        stack.push(new Frame<>(entry, state, i));
                        state = next.get(i);
                        determinateLeft -= op.outcome() != OpOutcome.INFO ? 1 : 0;
                        lift(entry);
                        lifted = true;
                    } else {
                        flip(linearized, entry.op);
                    }
                }
                entry = lifted ? head.next : entry.next;
                candidate = 0;
            } else {
                if (stack.isEmpty()) {
                    return new SearchOutcome<>(Verdict.VIOLATED, steps, List.of());
                }
                Frame<S> top = stack.pop();
                entry = top.entry();
                state = top.stateBefore();
                flip(linearized, entry.op);
                determinateLeft += ops.get(entry.op).outcome() != OpOutcome.INFO ? 1 : 0;
                unlift(entry);
                candidate = top.candidate() + 1;
            }
        }
        List<Operation<I, O>> order = new ArrayList<>();
        stack.forEach(frame -> order.add(ops.get(frame.entry().op)));
        Collections.reverse(order);
        return new SearchOutcome<>(Verdict.OK, steps, List.copyOf(order));
    }

    /** Tells whether a configuration is new, remembering it while the memo has room. */
    private boolean remember(Set<Configuration> seen, Configuration configuration) {
        if (seen.size() < memoLimit) {
            return seen.add(configuration);
        }
        return !seen.contains(configuration);
    }

    private List<S> successors(S state, Operation<I, O> op) {
        if (op.outcome() == OpOutcome.INFO) {
            return model.stepIndeterminate(state, op.input());
        }
        if (op.outcome() == OpOutcome.FAIL) {
            return model.stepFailed(state, op.input()).map(List::of).orElse(List.of());
        }
        Optional<S> next = model.step(state, op.input(), op.output());
        return next.map(List::of).orElse(List.of());
    }

    private Entry buildList() {
        record Event(int index, Entry entry) {
        }
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            Operation<I, O> op = ops.get(i);
            if (op.outcome() == OpOutcome.FAIL && !model.failureIsResult(op.input())) {
                throw new IllegalArgumentException("failed operations never took effect and are not searched: " + op.describe());
            }
            Entry call = new Entry(i, true);
            events.add(new Event(op.invokeIndex(), call));
            if (op.outcome() != OpOutcome.INFO) {
                call.match = new Entry(i, false);
                events.add(new Event(op.completeIndex(), call.match));
            }
        }
        events.sort(Comparator.comparingInt(Event::index));
        Entry head = new Entry(-1, false);
        Entry last = head;
        for (Event event : events) {
            last.next = event.entry();
            event.entry().prev = last;
            last = event.entry();
        }
        return head;
    }

    private static void flip(long[] bits, int op) {
        bits[op >>> 6] ^= 1L << (op & 63);
    }

    /** Takes a call and its return out of the list; their own links stay, so {@link #unlift} can undo it. */
    private static void lift(Entry call) {
        unlink(call);
        if (call.match != null) {
            unlink(call.match);
        }
    }

    private static void unlink(Entry entry) {
        entry.prev.next = entry.next;
        if (entry.next != null) {
            entry.next.prev = entry.prev;
        }
    }

    /** Puts a lifted call and its return back, in the reverse order of {@link #lift}. */
    private static void unlift(Entry call) {
        if (call.match != null) {
            relink(call.match);
        }
        relink(call);
    }

    private static void relink(Entry entry) {
        entry.prev.next = entry;
        if (entry.next != null) {
            entry.next.prev = entry;
        }
    }
}
