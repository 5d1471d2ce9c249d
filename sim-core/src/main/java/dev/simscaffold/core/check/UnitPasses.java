package dev.simscaffold.core.check;

import dev.simscaffold.core.explore.FaultSpans;
import java.util.ArrayList;
import java.util.List;

/**
 * The shrink pass that removes units, whatever their kind: the client operations ({@code op.*} spans) and
 * injected actions a reader of a counterexample counts ({@link ActionCount}), interleaved as the run drew them.
 * The shrinker runs it for failures that mark their cause ({@link MarkedCause}), such as a history that is not
 * linearizable ({@link Shrinker}). The one-label
 * passes each see only faults ({@link FaultPasses}) or only spans of one label ({@link SpanPasses}); on a
 * protocol run operations and faults alternate, and a run of units that can go together is often mixed.
 *
 * <p>From the last unit backwards, each is tried <b>deleted</b> (all its draws go) and then <b>declined</b>
 * (its decision becomes "no" and its details go; for a client operation that usually means the client
 * issues no more). Once one goes, the largest run of units just before it goes the same way in one
 * candidate, its length found by exponential probing ({@link FindInteger}). A unit that cannot go costs
 * two runs, so the pass is cheap enough to repeat until it stops finding any ({@link Shrinker}).
 */
final class UnitPasses {

    private UnitPasses() {
    }

    /** The outermost {@code fault.*} and {@code op.*} spans that drew something, in the order they opened. */
    static List<Span> units(DrawLog log) {
        List<Span> units = new ArrayList<>();
        for (Span span : log.spans()) {
            boolean unit = FaultSpans.isFault(span.label()) || span.label().startsWith(ActionCount.OPERATION_PREFIX);
            if (unit && span.size() > 0 && (units.isEmpty() || units.get(units.size() - 1).end() <= span.start())) {
                units.add(span);
            }
        }
        return units;
    }

    static void deleteUnits(ShrinkState<?> state) {
        int i = units(state.log()).size() - 1;
        while (i >= 0 && !state.exhausted()) {
            DrawLog base = state.log();
            List<Span> units = units(base);
            if (i >= units.size()) {
                i = units.size() - 1;
                continue;
            }
            Span unit = units.get(i);
            boolean declined = false;
            if (!remove(state, base, List.of(unit), false)) {
                declined = remove(state, base, List.of(unit), true);
                if (!declined) {
                    i--;
                    continue;
                }
            }
            i -= 1 + removeRunBefore(state, unit, declined);
        }
    }

    /** After {@code removed} went, removes the largest run of units that ended before it, the same way; returns how many went. */
    private static int removeRunBefore(ShrinkState<?> state, Span removed, boolean declined) {
        DrawLog base = state.log();
        List<Span> before = new ArrayList<>();
        for (Span unit : units(base)) {
            if (unit.end() <= removed.start()) {
                before.add(unit);
            }
        }
        return (int) FindInteger.largest(before.size(),
                k -> remove(state, base, before.subList(before.size() - (int) k, before.size()), declined));
    }

    private static boolean remove(ShrinkState<?> state, DrawLog base, List<Span> units, boolean declined) {
        return state.tryCandidate(declined ? base.declined(units) : base.without(units));
    }
}
