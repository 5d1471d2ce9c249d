package dev.simscaffold.testkit.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.EventOrder;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.corpus.gossip.GossipBug;
import dev.simscaffold.corpus.gossip.Sync;
import dev.simscaffold.testkit.modelcheck.ModelCheckResult.Verdict;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@link MessageDelays#DRAWN}: each message's delay drawn at send time and branched on, so that every pending event
 * has one tick. Its runs include the window model's and more (a message arriving late while nothing else happens);
 * persistent sets give the verdicts of no reduction on it; its counterexamples replay by path.
 */
class DrawnDelaysTest {

    /** Messages taking 1 to 3 ticks. */
    private static final NetworkFaults ONE_TO_THREE = NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(3).maxTailDelayTicks(3).build();

    /** Two {@link Stamper}s, checked that every "hi" arrives before tick 3. */
    private static NetworkModelCheckBuilder<String> stampers(NetworkFaults faults) {
        return NetworkModelCheck.network(context -> SimNetwork.nodes(2, Stamper.factory()).faults(faults))
                .expectEachNode("every node hears before tick 3", Stamper.class,
                        s -> s.heard().stream().allMatch(t -> t < 3) ? List.of() : List.of("heard at " + s.heard()))
                .eventOrder(EventOrder.UNSEQUENCED).depth(10);
    }

    /**
     * Under windows a message happens at the tick of the event before it, or at its shortest delay: nothing moves time
     * to tick 3 here, so every "hi" arrives by tick 2. A drawn delay of 3 ticks is a run a random network makes, and
     * the drawn model finds it, with and without persistent sets.
     */
    @Test
    void aMessageArrivingLateWhileNothingElseHappensIsARunOnlyDrawnDelaysMake() {
        ModelCheckResult<String> windows = stampers(ONE_TO_THREE).build().bfs();
        assertEquals(Verdict.HOLDS, windows.verdict(), windows.summary());
        ModelCheckResult<String> drawn = stampers(ONE_TO_THREE).messageDelays(MessageDelays.DRAWN).build().bfs();
        assertEquals(Verdict.VIOLATED, drawn.verdict(), drawn.summary());
        NetworkCounterexample<String> found = drawn.counterexample().orElseThrow();
        assertTrue(found.describe().contains("at t=3"), found.describe());
        ModelCheckResult<String> reduced = stampers(ONE_TO_THREE).messageDelays(MessageDelays.DRAWN).persistentSets().build().bfs();
        assertEquals(Verdict.VIOLATED, reduced.verdict(), reduced.summary());
    }

    /** A drawn-delay counterexample replays by its path, as its printed command does, to the same run. */
    @Test
    void aDrawnDelayCounterexampleReplaysByPathWithTheSameFingerprint() {
        NetworkModelCheck<String> check = stampers(ONE_TO_THREE).messageDelays(MessageDelays.DRAWN).build();
        NetworkCounterexample<String> found = check.bfs().counterexample().orElseThrow();
        assertEquals(found.fingerprint(), found.replay().trace().fingerprint(), found.describe());
        ModelCheckResult<String> replayed = check.replay(ModelPath.parse(found.path().encoded()));
        NetworkCounterexample<String> again = replayed.counterexample().orElseThrow();
        assertEquals(found.fingerprint(), again.fingerprint(), again.describe());
        assertEquals(found.moves(), again.moves());
        assertTrue(found.replayCommand().contains("-D" + ModelPath.PROPERTY + "=" + found.path().encoded()), found.replayCommand());
    }

    /**
     * The gossip reordering bug ({@link GossipBug#NOT_EQUAL_DEDUP}) and the correct gossip, on messages taking 1 or 2
     * ticks drawn at each send: persistent sets give the verdict of no reduction, breadth first and depth first, with
     * fewer states on the correct one; the bug's counterexample replays.
     */
    @Test
    void persistentSetsGiveTheVerdictsOfNoReductionOnDrawnDelays() {
        Supplier<NetworkModelCheckBuilder<Sync>> buggy = () -> GossipModelCheckTest.gossipPerNode(EnumSet.of(GossipBug.NOT_EQUAL_DEDUP))
                .messageDelays(MessageDelays.DRAWN).eventOrder(EventOrder.UNSEQUENCED).timeShiftInvariant().depth(6);
        List<ModelCheckResult<Sync>> bug = sameVerdicts(buggy);
        assertEquals(Verdict.VIOLATED, bug.get(1).verdict(), bug.get(1).summary());
        assertEquals(GossipModelCheckTest.MONOTONIC, bug.get(1).counterexample().orElseThrow().expectation());
        Supplier<NetworkModelCheckBuilder<Sync>> correct = () -> GossipModelCheckTest.gossipPerNode(Set.of()).inputBudget(1)
                .messageDelays(MessageDelays.DRAWN).eventOrder(EventOrder.UNSEQUENCED).timeShiftInvariant().depth(4);
        List<ModelCheckResult<Sync>> holds = sameVerdicts(correct);
        assertEquals(Verdict.INCOMPLETE_DEPTH, holds.get(1).verdict(), holds.get(1).summary());
        assertTrue(holds.get(1).states() < holds.get(0).states(), holds.get(0).summary() + " vs " + holds.get(1).summary());
    }

    /** No reduction and persistent sets, breadth and depth first: the same verdicts; the breadth-first pair. */
    private static <M> List<ModelCheckResult<M>> sameVerdicts(Supplier<NetworkModelCheckBuilder<M>> model) {
        ModelCheckResult<M> none = model.get().build().bfs();
        ModelCheckResult<M> reduced = model.get().persistentSets().build().bfs();
        assertEquals(none.verdict(), reduced.verdict(), none.summary() + " vs " + reduced.summary());
        assertEquals(model.get().build().dfs().verdict(), model.get().persistentSets().build().dfs().verdict());
        reduced.counterexample().ifPresent(found -> assertEquals(found.fingerprint(), found.replay().trace().fingerprint(), found.describe()));
        return List.of(none, reduced);
    }

    /**
     * The two "hi"s queued when the stampers start, as pending events: with windows both at the shortest delay and
     * due by the longest; drawn, each at the delay forced for it and due exactly then.
     */
    @Test
    void aDrawnMessageIsPendingAtItsDrawnTickOnly() {
        assertEquals(List.of(List.of(1L, 3L), List.of(1L, 3L)), pendingWindows(MessageDelays.WINDOW, new int[0]));
        assertEquals(List.of(List.of(3L, 3L), List.of(2L, 2L)), pendingWindows(MessageDelays.DRAWN, new int[] {2, 1}));
    }

    /** Each pending event's (earliest, latest) ticks after the start draws {@code draws}, in queueing order. */
    private static List<List<Long>> pendingWindows(MessageDelays delays, int[] draws) {
        NetworkModelCheckBuilder<String> model = stampers(ONE_TO_THREE);
        Replayer<String> replayer = new Replayer<>(model.network, 0, model.limits(), delays, List.of());
        List<Object> state = replayer.start(draws, true, TraceMode.FINGERPRINT_ONLY).modelState(node -> ((Stamper) node).modelKey());
        return ((List<?>) state.get(state.size() - 1)).stream().map(entry -> (List<?>) entry)
                .filter(entry -> "DELIVER".equals(entry.get(0).toString()))
                .map(entry -> List.of((Long) entry.get(2), (Long) entry.get(3))).toList();
    }

    /** Where the faults have a heavy tail, drawn delays branch on it too: a "hi" may arrive at the tail's longest delay. */
    @Test
    void theHeavyTailIsDrawnToo() {
        NetworkFaults tail = NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(2).tailDelayRate(0.1).maxTailDelayTicks(4).build();
        NetworkFaults noTail = NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(2).maxTailDelayTicks(2).build();
        assertEquals(Verdict.HOLDS, stampers(noTail).messageDelays(MessageDelays.DRAWN).build().bfs().verdict());
        ModelCheckResult<String> tailed = stampers(tail).messageDelays(MessageDelays.DRAWN).build().bfs();
        assertEquals(Verdict.VIOLATED, tailed.verdict(), tailed.summary());
        assertEquals(Verdict.HOLDS, stampers(tail).build().bfs().verdict(), "windows leave the tail out");
    }

    @Test
    void aDelayRangeWiderThanMaxBranchingIsRefusedNamingTheStream() {
        NetworkFaults wide = NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(40).maxTailDelayTicks(40).build();
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> stampers(wide).messageDelays(MessageDelays.DRAWN).build().bfs());
        assertTrue(refused.getMessage().contains("stream 'network.delay' drew from 40 values, more than maxBranching 16"),
                refused.getMessage());
        assertEquals(Verdict.HOLDS, stampers(wide).build().bfs().verdict(), "windows draw no delay");
    }

    @Test
    void aMissingSettingIsRefusedNamingIt() {
        NullPointerException refused = assertThrows(NullPointerException.class, () -> stampers(ONE_TO_THREE).messageDelays(null));
        assertEquals("delays must not be null", refused.getMessage());
    }
}
