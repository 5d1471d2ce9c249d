package dev.simscaffold.testkit.modelcheck;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Persistent sets (Godefroid, "Partial-Order Methods for the Verification of Concurrent Systems", LNCS 1032,
 * ch. 4 and 6) over the events of a network under {@link dev.simscaffold.core.net.EventOrder#UNSEQUENCED}: in a
 * state, a subset of the enabled moves such that no run from the state that takes none of them can take a move
 * that depends on one of them. Exploring only that subset (less its sleep set, see {@link SleepSets}) keeps
 * every terminal state, and every state each node can be in: what at-end expectations and per-node checks read.
 * It does not keep every global state, so checks that read several nodes at once are refused with it.
 *
 * <p><b>Independence</b> is {@link SleepSets}': deliveries and timers at different nodes that happen at the same
 * tick, and, here, a client input (which happens at now) with a delivery or timer of another node at now. Inputs
 * share their budget, so any two depend on each other; crashes, restarts, partitions and heals depend on
 * everything.
 *
 * <p><b>The set.</b> For a node {@code n}: every enabled event of {@code n} and every applicable input of
 * {@code n} (with an input, every applicable input and every event of the nodes they go to). It is persistent
 * when every enabled event happens at the same tick {@code t} (now, or the next tick anything is due at, with
 * no input left to make at now) and
 * <ul>
 *   <li>one of its events is <em>due</em> at {@code t} (its window ends there): time cannot pass {@code t} while
 *       it waits, so every event any run can take before it happens at {@code t} (an event at a later tick
 *       depends on everything that could happen earlier);</li>
 *   <li>no event can become due at one of its nodes at {@code t} without one of its moves: a message takes at
 *       least one tick ({@code minDelayTicks >= 1}), and only a node sets its own timer;</li>
 *   <li>every move from outside that can be made is an input (nothing global), every enabled event is a
 *       delivery or timer of one node, no send can be lost or duplicated (those budgets are spent or zero:
 *       each would be a draw on a shared budget), and no timer is stale (a stale timer is skipped and the
 *       chooser picks again, so its move may touch any node).</li>
 * </ul>
 * Among the nodes for which it is persistent, the smallest set is taken (ties to the lowest node); if there is
 * none, or it is every move, the state is expanded fully. The choice depends only on the state, so a state
 * reached again gets the same set.
 *
 * <p><b>Cycle proviso.</b> A reduced state may postpone a move forever around a cycle of reduced states (the
 * ignoring problem). A postponed event keeps its tick, so the states that postpone it stay at that tick; every
 * move of a reduced state happens at {@code t} and takes away one of the events due by {@code t} or one input of
 * the budget, so a move into a state at the same tick that does not lower that count (a node that set its timer
 * for now) makes the state expanded fully ({@link Due}). Around a cycle at one tick the count would have to go
 * back up, so every such cycle of the reduced graph has a fully expanded state (condition C3).
 *
 * <p><b>Depth bounds.</b> A state a node reaches by {@code k} moves is reached in the reduced graph too, but
 * possibly by more moves (the set of another node may be taken first, up to once for each event due at that
 * tick), so a bounded check with persistent sets proves less at the bound, and a breadth-first counterexample
 * to a per-node check need not be the shortest. Terminal states are kept at their depth (a run that ends has
 * taken every event of every persistent set on its way), so at-end counterexamples stay the shortest.
 */
final class PersistentSets {

    /** What a state offers, as the persistent set needs it. */
    record Offer(List<SleepSets.EventId> events, List<Integer> inputNodes, boolean globalAction, boolean staleTimer,
            boolean faultBudgetLeft) {
    }

    /** A reduction of one state: the events and the actions (by index among the applicable ones) to explore. */
    record Choice(Set<SleepSets.EventId> events, BitSet actions) {
    }

    private final long minDelay;

    PersistentSets(long minDelay) {
        this.minDelay = minDelay;
    }

    /**
     * The persistent set of a state, or null to expand it fully. {@code offer.inputNodes()} gives, for each
     * applicable action in order, the node an input goes to ({@code -1} for none; then it is not an input and
     * {@code globalAction} is true).
     */
    Choice choose(Offer offer) {
        List<SleepSets.EventId> events = offer.events();
        if (minDelay < 1 || offer.globalAction() || offer.staleTimer() || offer.faultBudgetLeft() || events.isEmpty()) {
            return null;
        }
        long tick = events.get(0).fire();
        for (SleepSets.EventId event : events) {
            if (!event.commutable() || event.fire() != tick) {
                return null;
            }
        }
        if (tick > 0 && !offer.inputNodes().isEmpty()) {
            return null;
        }
        Choice best = null;
        int bestSize = events.size() + offer.inputNodes().size();
        for (int node : dueAt(events, tick)) {
            Choice candidate = setOf(node, offer);
            int size = candidate.events().size() + candidate.actions().cardinality();
            if (size < bestSize) {
                best = candidate;
                bestSize = size;
            }
        }
        return best;
    }

    /** The nodes with an enabled event whose window ends at {@code tick} (relative to now), ascending. */
    private static List<Integer> dueAt(List<SleepSets.EventId> events, long tick) {
        BitSet due = new BitSet();
        for (SleepSets.EventId event : events) {
            if (event.latest() == tick) {
                due.set(event.node());
            }
        }
        List<Integer> nodes = new ArrayList<>();
        due.stream().forEach(nodes::add);
        return nodes;
    }

    /** Node {@code node}'s moves; with one of its inputs, every input and every move of the nodes they go to. */
    private static Choice setOf(int node, Offer offer) {
        BitSet nodes = new BitSet();
        nodes.set(node);
        BitSet actions = new BitSet();
        if (offer.inputNodes().contains(node)) {
            for (int i = 0; i < offer.inputNodes().size(); i++) {
                actions.set(i);
                nodes.set(offer.inputNodes().get(i));
            }
        }
        Set<SleepSets.EventId> events = new HashSet<>();
        for (SleepSets.EventId event : offer.events()) {
            if (nodes.get(event.node())) {
                events.add(event);
            }
        }
        return new Choice(events, actions);
    }

    /**
     * What the cycle proviso watches in a state, from {@link dev.simscaffold.core.net.SimNetwork#modelState} (its
     * first element is now and its pending entries' times are relative to the same base): the next tick anything
     * happens at, {@code max(now, earliest pending)}, as ticks after now, and the count of pending events due by
     * that tick plus the inputs the budget still allows.
     */
    record Due(long after, long count) {

        static Due of(List<Object> state, int inputsLeft) {
            long now = (Long) state.get(0);
            List<?> pending = (List<?>) state.get(state.size() - 1);
            long next = Long.MAX_VALUE;
            for (Object entry : pending) {
                next = Math.min(next, (Long) ((List<?>) entry).get(2));
            }
            long tick = Math.max(now, next);
            long count = inputsLeft;
            for (Object entry : pending) {
                if ((Long) ((List<?>) entry).get(2) <= tick) {
                    count++;
                }
            }
            return new Due(tick - now, count);
        }

        /**
         * Whether a move of a reduced state {@code from} into this state may close a cycle of reduced states: this
         * state has something due at its now (so time may stay) and as much due as {@code from} had.
         */
        boolean mayCycleFrom(Due from) {
            return after == 0 && count >= from.count();
        }
    }

    /** Whether the state has a pending timer that is no longer its node's current one (see {@code modelState}). */
    static boolean staleTimer(List<Object> state) {
        for (Object pending : (List<?>) state.get(state.size() - 1)) {
            List<?> entry = (List<?>) pending;
            if ("TIMER".equals(entry.get(0).toString()) && Boolean.FALSE.equals(entry.get(4))) {
                return true;
            }
        }
        return false;
    }
}
