package dev.simscaffold.core.check;

import dev.simscaffold.core.explore.FaultSpans;
import java.util.ArrayList;
import java.util.List;

/**
 * The shrink pass that removes injected fault actions as units: every span labelled {@code fault.*}
 * ({@link FaultSpans}: random partitions, crashes and pauses, the network's message drops, duplicates and
 * heavy-tail delays, harness effect faults, scheduled entries, nemesis strikes), whatever its depth and whatever event it sits in. A fault is its decision followed
 * by its details, so it can go two ways, and both are tried:
 * <ul>
 *   <li><b>deleted</b>: all its draws go, which suits a fault the run drew as "one more?" (a scheduled
 *       entry: the next entry moves up);</li>
 *   <li><b>declined</b>: its decision becomes the simplest value ("no fault") and its details go, which
 *       suits a fault drawn as a yes/no at a point the run passes anyway (a delivery that may partition
 *       the network: the next delivery's decisions stay where they were).</li>
 * </ul>
 * First all faults at once, then from the last backwards with adaptive runs ({@link FindInteger}): once
 * one fault goes, the largest run of faults just before it goes in one candidate, so a run with eighty
 * irrelevant message drops loses them in a few dozen runs.
 */
final class FaultPasses {

    private FaultPasses() {
    }

    /** The outermost fault spans of a log, in order (a fault nested in another goes with it). */
    static List<Span> faults(DrawLog log) {
        List<Span> faults = new ArrayList<>();
        for (Span span : log.spans()) {
            if (FaultSpans.isFault(span.label()) && span.size() > 0
                    && (faults.isEmpty() || faults.get(faults.size() - 1).end() <= span.start())) {
                faults.add(span);
            }
        }
        return faults;
    }

    static void deleteFaults(ShrinkState<?> state) {
        List<Span> all = faults(state.log());
        if (all.isEmpty()) {
            return;
        }
        if (all.size() > 1 && (remove(state, state.log(), all, false) || remove(state, state.log(), all, true))) {
            return;
        }
        int i = all.size() - 1;
        while (i >= 0 && !state.exhausted()) {
            DrawLog base = state.log();
            List<Span> faults = faults(base);
            if (i >= faults.size()) {
                i = faults.size() - 1;
                continue;
            }
            Span fault = faults.get(i);
            boolean declined = false;
            if (!remove(state, base, List.of(fault), false)) {
                declined = remove(state, base, List.of(fault), true);
                if (!declined) {
                    i--;
                    continue;
                }
            }
            i -= 1 + removeRunBefore(state, fault, declined);
        }
    }

    /** After {@code removed} went, removes the largest run of faults that ended before it, the same way; returns how many went. */
    private static int removeRunBefore(ShrinkState<?> state, Span removed, boolean declined) {
        DrawLog base = state.log();
        List<Span> before = new ArrayList<>();
        for (Span fault : faults(base)) {
            if (fault.end() <= removed.start()) {
                before.add(fault);
            }
        }
        return (int) FindInteger.largest(before.size(),
                k -> remove(state, base, before.subList(before.size() - (int) k, before.size()), declined));
    }

    private static boolean remove(ShrinkState<?> state, DrawLog base, List<Span> faults, boolean declined) {
        return state.tryCandidate(declined ? base.declined(faults) : base.without(faults));
    }
}
