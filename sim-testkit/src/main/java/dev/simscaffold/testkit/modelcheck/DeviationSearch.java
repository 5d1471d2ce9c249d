package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.model.ModelTime;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.trace.TraceMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.PriorityQueue;
import java.util.SortedMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Delay-bounded search (Emmi, Qadeer and Rakamarić, POPL 2011; CHESS and Coyote call it delay bounding): every
 * run that deviates at most {@code bound} times from the default schedule, up to a horizon of moves.
 *
 * <p><b>The default schedule</b> is the run a plain network makes when every draw takes its first value: the
 * enabled event first in the (time, sequence) order, each node draw's value 0 (its first timeout, its first
 * peer), no message lost or duplicated. Following it is free. A move costs one deviation when any of its draws
 * takes another value (another enabled event, another node draw, a loss or a duplicate) and every move from
 * outside (an input, a crash, a restart, a partition, a heal) costs one; a move that does several of these
 * still costs one. The default schedule is fair to timers (they fire in time order), so a bug that needs few
 * decisions but many moves (an election is a dozen deliveries, timers and fsyncs nobody has to pick) lies at a
 * small bound however long its run is.
 *
 * <p><b>Order and keys.</b> States are expanded in order of deviations spent, then of moves, so every state
 * with {@code d} deviations is judged before any needing {@code d + 1}: the counterexample found first needs the
 * fewest deviations. A state is keyed as in the move-bounded search (model state and spent budgets); it is
 * expanded again only when reached with fewer deviations or fewer moves than on every earlier visit (a reach
 * that is worse on both counts can do nothing the earlier one could not), so the search misses no run within
 * its bounds.
 *
 * <p><b>What a verdict proves.</b> {@link ModelCheckResult.Verdict#HOLDS} only when no state had a move cut
 * off by either bound: then every reachable state was explored. Otherwise, with no violation, the verdict is
 * {@link ModelCheckResult.Verdict#INCOMPLETE_DEVIATIONS}: every run deviating at most {@code bound} times,
 * up to the horizon, met every expectation; the result's depth is the bound. A counterexample is an ordinary
 * path ({@link ModelPath}) and replays as any other.
 *
 * @param <M> the message type
 */
final class DeviationSearch<M> {

    /** A state waiting to be expanded: its path node, the deviations its path spent, and its arrival (ties FIFO). */
    private record Queued(PathNode node, int deviations, long arrival) {
    }

    private final Replayer<M> replayer;
    private final Judge<M> judge;
    private final Function<? super SansIoNode<M>, ?> nodeKey;
    private final ModelTime time;
    private final Limits limits;
    private final int bound;
    private final LongSupplier stopwatch;
    private final BiFunction<PathNode, TraceMode, SimNetwork<M>> replayToEnd;
    private final HashConsing sharing = new HashConsing();
    /** For each state, the (deviations, moves) of the visits no other visit beats on both: packed as {@code d << 32 | moves}. */
    private final Map<StateKey, long[]> seen = new HashMap<>();
    private final Map<String, Long> sometimes = new LinkedHashMap<>();
    private final PriorityQueue<Queued> frontier = new PriorityQueue<>((a, b) -> a.deviations != b.deviations
            ? Integer.compare(a.deviations, b.deviations)
            : a.node.depth != b.node.depth ? Integer.compare(a.node.depth, b.node.depth) : Long.compare(a.arrival, b.arrival));
    private long arrivals;
    private long transitions;
    private boolean cutAtBound;
    private boolean cutAtHorizon;
    private boolean stateLimit;
    /** The violation found with the fewest deviations so far, and how many it needs. */
    private NetworkCounterexample<M> counterexample;
    private int counterexampleDeviations = Integer.MAX_VALUE;
    /** The deviations of the state being expanded (0 while the start states are enumerated). */
    private int current;
    private final long started;

    DeviationSearch(Replayer<M> replayer, Judge<M> judge, Function<? super SansIoNode<M>, ?> nodeKey, ModelTime time,
            Limits limits, int bound, LongSupplier stopwatch, BiFunction<PathNode, TraceMode, SimNetwork<M>> replayToEnd) {
        this.replayer = replayer;
        this.judge = judge;
        this.nodeKey = nodeKey;
        this.time = time;
        this.limits = limits;
        this.bound = bound;
        this.stopwatch = stopwatch;
        this.replayToEnd = replayToEnd;
        this.started = stopwatch == null ? 0 : stopwatch.getAsLong();
    }

    ModelCheckResult<M> search() {
        if (!starts()) {
            return result();
        }
        while (!frontier.isEmpty()) {
            Queued next = frontier.poll();
            if (next.deviations >= counterexampleDeviations) {
                break;
            }
            current = next.deviations;
            if (!expand(next)) {
                break;
            }
            next.node.keys = null;
        }
        return result();
    }

    private boolean starts() {
        int[] prefix = new int[0];
        while (prefix != null) {
            TakenMove<M> start = TakenMove.start(replayer, prefix);
            int cost = deviates(start.child().draws) ? 1 : 0;
            if (cost > bound) {
                cutAtBound = true;
                return true;
            }
            if (!visit(start.child(), cost, start.net(), start.violation(), null)) {
                return false;
            }
            prefix = start.nextPrefix();
        }
        return true;
    }

    /** Expands one state: its events (the default one free, every other a deviation), then its actions; false to stop. */
    private boolean expand(Queued queued) {
        PathNode node = queued.node;
        int spent = queued.deviations;
        if (node.pending) {
            int[] prefix = new int[0];
            while (prefix != null) {
                SimNetwork<M> net = replayer.replay(node, NetworkModelCheck.SEARCH);
                SortedMap<NodeId, Object> before = keysBefore(node, net);
                InvariantViolationError violation = null;
                boolean happened;
                try {
                    happened = replayer.step(net, prefix, true, node.used);
                } catch (InvariantViolationError broken) {
                    violation = broken;
                    happened = true;
                }
                DrawTape tape = replayer.tape();
                int[] values = tape.values();
                int cost = spent + (deviates(values) ? 1 : 0);
                if (cost > bound) {
                    cutAtBound = true;
                    break;
                }
                if (happened) {
                    Budgets used = node.used.afterStep(tape.lossesTaken(), tape.duplicatesTaken());
                    PathNode child = new PathNode(node, values, PathNode.NO_ACTION, replayer.lastMove(net, tape.sentFaults()), used);
                    if (!visit(child, cost, net, violation, before)) {
                        return false;
                    }
                }
                prefix = DrawTape.next(values, tape.bounds());
            }
        }
        if (node.applicable.isEmpty()) {
            return true;
        }
        if (spent + 1 > bound) {
            cutAtBound = true;
            return true;
        }
        for (int index : node.applicable) {
            int[] prefix = new int[0];
            while (prefix != null) {
                TakenMove<M> move = TakenMove.action(replayer, node, index, prefix, this::keysBefore);
                if (!visit(move.child(), spent + 1, move.net(), move.violation(), move.before())) {
                    return false;
                }
                prefix = move.nextPrefix();
            }
        }
        return true;
    }

    /** Judges a state just reached and queues it unless an earlier visit was as cheap on both counts; false to stop. */
    private boolean visit(PathNode child, int deviations, SimNetwork<M> net, InvariantViolationError violation,
            SortedMap<NodeId, Object> before) {
        transitions++;
        if (violation != null) {
            return found(child, deviations, violation.invariant(), violation.violations());
        }
        if (before != null && judge.checksSteps()) {
            Optional<Judge.Broken> broken = judge.move(before, net.modelKeys(nodeKey));
            if (broken.isPresent()) {
                return found(child, deviations, broken.get().name(), broken.get().violations());
            }
        }
        StateKey key = new StateKey(sharing.shareState(net.modelState(nodeKey, time)), sharing.share(child.used));
        child.now = net.now().ticks();
        long[] visits = seen.get(key);
        boolean fresh = visits == null;
        if (!fresh && dominated(visits, deviations, child.depth)) {
            return true;
        }
        seen.put(key, fresh ? new long[] {pack(deviations, child.depth)} : withVisit(visits, deviations, child.depth));
        Optional<Judge.Broken> broken = judge.state(net.view(), fresh ? sometimes : null);
        if (broken.isPresent()) {
            return found(child, deviations, broken.get().name(), broken.get().violations());
        }
        child.pending = net.pendingEvents() > 0;
        child.applicable = replayer.applicableActions(net, child.used);
        if (!child.open()) {
            Optional<Judge.Broken> ended = judge.end(net.view(), null);
            if (ended.isPresent()) {
                return found(child, deviations, ended.get().name(), ended.get().violations());
            }
            return true;
        }
        if (child.depth >= limits.depth()) {
            cutAtHorizon = true;
            return true;
        }
        replayer.keep(child, net);
        frontier.add(new Queued(child, deviations, arrivals++));
        if (seen.size() >= limits.maxStates()) {
            stateLimit = true;
            return false;
        }
        return true;
    }

    /**
     * Keeps a violation if it needs fewer deviations than any found so far. The search stops at once when it
     * needs no more than the state being expanded (nothing cheaper is left); otherwise it goes on with the states
     * of the current count, which may hold a violation with fewer deviations, and stops before the next count.
     */
    private boolean found(PathNode node, int deviations, String name, List<String> violations) {
        if (deviations < counterexampleDeviations) {
            counterexampleDeviations = deviations;
            counterexample = counterexample(node, name, violations);
        }
        return deviations > current;
    }

    private SortedMap<NodeId, Object> keysBefore(PathNode node, SimNetwork<M> net) {
        if (!judge.checksSteps()) {
            return null;
        }
        if (node.keys == null) {
            node.keys = net.modelKeys(nodeKey);
        }
        return node.keys;
    }

    private NetworkCounterexample<M> counterexample(PathNode node, String name, List<String> violations) {
        List<Move> moves = new ArrayList<>();
        node.path().forEach(step -> moves.add(step.move()));
        long fingerprint;
        try {
            fingerprint = replayToEnd.apply(node, TraceMode.FINGERPRINT_ONLY).trace().fingerprint();
        } catch (InvariantViolationError atStart) {
            fingerprint = atStart.trace().fingerprint();
        }
        return new NetworkCounterexample<>(moves, name, violations, fingerprint, ModelPath.of(node.path()),
                () -> replayToEnd.apply(node, TraceMode.FULL));
    }

    private ModelCheckResult<M> result() {
        ModelCheckResult.Verdict verdict = counterexample != null ? ModelCheckResult.Verdict.VIOLATED
                : stateLimit ? ModelCheckResult.Verdict.INCOMPLETE_STATES
                : cutAtBound || cutAtHorizon ? ModelCheckResult.Verdict.INCOMPLETE_DEVIATIONS
                : ModelCheckResult.Verdict.HOLDS;
        OptionalLong elapsed = stopwatch == null ? OptionalLong.empty() : OptionalLong.of(stopwatch.getAsLong() - started);
        int depth = verdict == ModelCheckResult.Verdict.VIOLATED ? counterexampleDeviations : bound;
        return new ModelCheckResult<>(verdict, seen.size(), transitions, depth, Optional.ofNullable(counterexample), sometimes,
                replayer.replayedMoves, elapsed);
    }

    /** Whether a move's draws leave the default schedule: any draw not at its first value. */
    static boolean deviates(int[] draws) {
        for (int draw : draws) {
            if (draw != 0) {
                return true;
            }
        }
        return false;
    }

    private static long pack(int deviations, int moves) {
        return ((long) deviations << 32) | moves;
    }

    private static boolean dominated(long[] visits, int deviations, int moves) {
        for (long visit : visits) {
            if ((int) (visit >>> 32) <= deviations && (int) visit <= moves) {
                return true;
            }
        }
        return false;
    }

    /** The visits no other beats, with this one added (it beats none of them on both counts or it would not be here). */
    private static long[] withVisit(long[] visits, int deviations, int moves) {
        long[] kept = new long[visits.length + 1];
        int count = 0;
        for (long visit : visits) {
            if (!((int) (visit >>> 32) >= deviations && (int) visit >= moves)) {
                kept[count++] = visit;
            }
        }
        kept[count++] = pack(deviations, moves);
        return Arrays.copyOf(kept, count);
    }
}
