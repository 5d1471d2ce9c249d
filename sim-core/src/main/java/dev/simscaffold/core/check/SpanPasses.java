package dev.simscaffold.core.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The shrink passes that work on whole spans: a list element, a harness step, a network event. They cut
 * or move a span's draws on <em>every</em> fork path at once, so deleting a step also deletes the clock
 * jump and fault decisions it drew from other streams, instead of leaving them to fall on the next step.
 *
 * <p>Generated inputs and the steps that consume them are usually different spans: a list is drawn
 * first, then the property applies its elements one step each. Deleting an element then only helps if
 * the steps it caused go too, so one pass deletes a span together with one or two consecutive spans of
 * another kind that drew on other paths, at a nearby ordinal (element 3 is usually consumed by step 3,
 * or a little later when other steps came in between).
 */
final class SpanPasses {

    /** How far, in ordinals, a consuming span may sit from the span that produced its input. */
    private static final int PAIR_WINDOW = 4;

    /**
     * How many pair candidates one round builds at most: a network run has thousands of event spans,
     * and pairing them all would cost more than it finds.
     */
    private static final int MAX_PAIR_CANDIDATES = 2_000;

    private SpanPasses() {
    }

    /**
     * Cuts the run at the moment its failure names as the completion of its cause ({@link MarkedCause}), such
     * as the first operation a history checker cannot linearize: first every draw from that mark on goes (the
     * run goes on with the simplest values: no more operations, no more faults), then, if that passes, only the
     * injected actions and client operations from the mark on are declined, the timeouts and delays kept. The
     * operations in flight at the mark (concurrent with the cause) were drawn before it and stay. One or two runs,
     * where {@link #cutTail} and {@link #cutActions} probe for the cut.
     */
    static void cutAtCause(ShrinkState<?> state) {
        if (!(state.best().failure() instanceof MarkedCause cause) || cause.causeMark().isEmpty()) {
            return;
        }
        DrawLog base = state.log();
        int mark = markStart(base, cause.markLabel(), cause.causeMark().getAsInt());
        if (mark < 0 || state.tryCandidate(base.before(mark))) {
            return;
        }
        List<Span> after = new ArrayList<>();
        for (Span action : UnitPasses.units(base)) {
            if (action.start() >= mark) {
                after.add(action);
            }
        }
        if (!after.isEmpty()) {
            state.tryCandidate(base.declined(after));
        }
    }

    /** Where the {@code ordinal}-th span of a label starts, or -1 when the run made fewer. */
    private static int markStart(DrawLog log, String label, int ordinal) {
        int seen = 0;
        for (Span span : log.spans()) {
            if (span.label().equals(label) && seen++ == ordinal) {
                return span.start();
            }
        }
        return -1;
    }

    /**
     * Cuts the run short: keeps only the draws made before some point, on every path, and lets the run go
     * on from there with the simplest values. The longest tail that can go is found by exponential probing
     * ({@link FindInteger}) over the draws in their global order, a bisection over the run's events that
     * costs a few dozen runs. A failure judged only at the end of a run (a history that is not
     * linearizable) usually needs nothing after its first impossible operation: this is where the rest of
     * the run goes, operations and faults together, in one candidate.
     */
    static void cutTail(ShrinkState<?> state) {
        DrawLog base = state.log();
        int total = base.choices().size();
        FindInteger.largest(total - 1, cut -> state.tryCandidate(base.before(total - (int) cut)));
    }

    /**
     * Takes the last injected actions and client operations away together: every outermost {@code fault.*} or
     * {@code op.*} span from some point on is declined (its decision becomes "no": no fault, no more
     * operations) while everything else the run draws (timeouts, delays) stays. The most that can go is found
     * by exponential probing ({@link FindInteger}) over the actions from the last backwards. A failure judged at
     * the end of a run (a history that is not linearizable) needs nothing after its first impossible operation,
     * and this removes the operations and faults after it in a few runs, where one-label passes stall because
     * operations and faults alternate.
     */
    static void cutActions(ShrinkState<?> state) {
        DrawLog base = state.log();
        List<Span> actions = UnitPasses.units(base);
        FindInteger.largest(actions.size(), k -> state.tryCandidate(base.declined(actions.subList(actions.size() - (int) k, actions.size()))));
    }

    /**
     * Deletes spans with all their draws, from the last backwards, adaptively: once a span goes, the run
     * of spans of its label and depth just before it is deleted in one candidate, its length found by
     * exponential probing ({@link FindInteger}). A list of 500 irrelevant elements or a stretch of 2,000
     * network events then costs a few dozen runs instead of one run per span.
     */
    static void deleteSpans(ShrinkState<?> state) {
        int i = state.log().spans().size() - 1;
        while (i >= 0 && !state.exhausted()) {
            List<Span> spans = state.log().spans();
            if (i >= spans.size()) {
                i = spans.size() - 1;
                continue;
            }
            Span span = spans.get(i);
            if (span.size() == 0 || !state.tryCandidate(state.log().without(List.of(span)))) {
                i--;
                continue;
            }
            i -= deleteRunBefore(state, span);
        }
    }

    /**
     * After {@code deleted} went, deletes the largest run of spans of its label and depth that ended
     * before it; returns how many went.
     */
    private static int deleteRunBefore(ShrinkState<?> state, Span deleted) {
        DrawLog base = state.log();
        List<Span> before = new ArrayList<>();
        for (Span span : base.spans()) {
            if (span.end() <= deleted.start() && span.size() > 0 && span.depth() == deleted.depth() && span.label().equals(deleted.label())) {
                before.add(span);
            }
        }
        return (int) FindInteger.largest(before.size(),
                k -> state.tryCandidate(base.without(before.subList(before.size() - (int) k, before.size()))));
    }

    /**
     * Deletes a span together with one or two consecutive spans of another kind that drew on other paths,
     * within {@link #PAIR_WINDOW} ordinals of it (the window widens, up to four times, by how many more
     * spans of that kind there are).
     */
    static void deletePairs(ShrinkState<?> state) {
        SpanIndex index = new SpanIndex(state.log());
        int[] budget = {MAX_PAIR_CANDIDATES};
        for (int a = 0; a < index.log.spans().size() && !state.exhausted() && budget[0] > 0; a++) {
            if (index.log != state.log()) {
                index = new SpanIndex(state.log());
                if (a >= index.log.spans().size()) {
                    return;
                }
            }
            deletePairsWith(state, index, a, budget);
        }
    }

    private static void deletePairsWith(ShrinkState<?> state, SpanIndex index, int a, int[] budget) {
        List<Span> spans = index.log.spans();
        Span first = spans.get(a);
        if (first.size() == 0) {
            return;
        }
        for (List<Integer> group : index.groups()) {
            Span sample = spans.get(group.get(0));
            if (sample.label().equals(first.label()) && sample.depth() == first.depth()) {
                continue;
            }
            int surplus = Math.max(0, group.size() - index.sameKind(a).size());
            int from = Math.max(0, index.ordinal(a) - PAIR_WINDOW);
            int to = Math.min(group.size() - 1, index.ordinal(a) + PAIR_WINDOW + Math.min(surplus, 4 * PAIR_WINDOW));
            for (int ordinal = from; ordinal <= to && !state.exhausted() && budget[0] > 0; ordinal++) {
                int b = group.get(ordinal);
                Span second = spans.get(b);
                if (second.size() == 0 || first.end() > second.start() || !index.disjoint(a, b)) {
                    continue;
                }
                budget[0] -= 2;
                if (state.tryCandidate(index.log.without(List.of(first, second)))) {
                    return;
                }
                if (ordinal + 1 < group.size()) {
                    List<Span> cut = new ArrayList<>(List.of(first, second, spans.get(group.get(ordinal + 1))));
                    if (state.tryCandidate(index.log.without(cut))) {
                        return;
                    }
                }
            }
        }
    }

    /** Swaps adjacent spans of the same label and depth, so that simpler units of work come first. */
    static void swapAdjacent(ShrinkState<?> state) {
        SpanIndex index = new SpanIndex(state.log());
        for (int a = 0; a < index.log.spans().size() && !state.exhausted(); a++) {
            if (index.log != state.log()) {
                index = new SpanIndex(state.log());
                if (a >= index.log.spans().size()) {
                    return;
                }
            }
            List<Integer> group = index.sameKind(a);
            int ordinal = index.ordinal(a);
            if (ordinal + 1 >= group.size()) {
                continue;
            }
            Span first = index.log.spans().get(a);
            Span second = index.log.spans().get(group.get(ordinal + 1));
            if (first.size() > 0 && second.size() > 0 && first.end() <= second.start()) {
                state.tryCandidate(index.log.swapped(first, second));
            }
        }
    }
}
