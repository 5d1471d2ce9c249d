package dev.simscaffold.testkit.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.EventOrder;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.testkit.modelcheck.ModelCheckResult.Verdict;
import dev.simscaffold.testkit.modelcheck.Watchman.Keying;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Keys relative to now ({@link dev.simscaffold.core.model.ModelTime#RELATIVE_WHERE_DECLARED}, the default): states
 * that differ only by a shift in time are merged exactly when every node declares, by a
 * {@link dev.simscaffold.core.model.TimedKey}, that it measures time only from now. On {@link Watchman}s, a ring
 * whose beats never stop: declared, the relative check keeps the absolute check's verdicts and shortest
 * counterexamples with fewer states, and exhausts a state space the absolute check can only bound; a node that
 * acts on absolute time and does not declare keeps the whole network's time absolute, so its bug is found, where
 * merging its states (as a false declaration makes the checker do) hides it.
 */
class TimeRelativeKeysTest {

    private static final Expectation<NetworkView<String>> NO_ALARM = Expectation.always("no alarm", view ->
            view.all(Watchman.class).stream().filter(Watchman::alarmed).map(node -> "an alarm").toList());
    /** Messages take 1 to 3 ticks, so a node can go up to 4 ticks without a beat. */
    private static final NetworkFaults DELAYS = NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(3).maxTailDelayTicks(3).build();
    private static final long NEVER = Long.MAX_VALUE;

    private static NetworkModelCheckBuilder<String> ring(long silence, long alarmAt, Function<NodeId, Keying> keying, int depth) {
        return NetworkModelCheck.network(context -> SimNetwork.nodes(2, Watchman.factory(2, silence, alarmAt, keying)).faults(DELAYS))
                .eventOrder(EventOrder.UNSEQUENCED)
                .expect(NO_ALARM)
                .depth(depth);
    }

    @Test
    void declaredNodesAreKeyedRelativeToNowWithTheVerdictsOfAbsoluteKeys() {
        ModelCheckResult<String> absolute = ring(5, NEVER, id -> Keying.DECLARED, 16).absoluteTime().build().bfs();
        ModelCheckResult<String> relative = ring(5, NEVER, id -> Keying.DECLARED, 16).build().bfs();
        assertEquals(Verdict.INCOMPLETE_DEPTH, absolute.verdict(), absolute.summary());
        assertEquals(Verdict.HOLDS, relative.verdict(), "relative states repeat, so the beats that never stop have a finite state space: "
                + relative.summary());
        assertTrue(relative.states() < absolute.states(), relative.summary() + " vs " + absolute.summary());

        ModelCheckResult<String> absoluteBug = ring(3, NEVER, id -> Keying.DECLARED, 16).absoluteTime().build().bfs();
        ModelCheckResult<String> relativeBug = ring(3, NEVER, id -> Keying.DECLARED, 16).build().bfs();
        assertEquals(Verdict.VIOLATED, absoluteBug.verdict(), absoluteBug.summary());
        assertEquals(Verdict.VIOLATED, relativeBug.verdict(), relativeBug.summary());
        assertEquals(absoluteBug.counterexample().orElseThrow().moves().size(), relativeBug.counterexample().orElseThrow().moves().size(),
                "the same shortest counterexample length");
    }

    @Test
    void aNodeThatActsOnAbsoluteTimeAndDoesNotDeclareKeepsTimeAbsolute() {
        ModelCheckResult<String> plain = ring(NEVER, 9, id -> Keying.PLAIN, 24).build().bfs();
        ModelCheckResult<String> mixed = ring(NEVER, 9, id -> id.index() == 0 ? Keying.PLAIN : Keying.DECLARED, 24).build().bfs();
        ModelCheckResult<String> absolute = ring(NEVER, 9, id -> Keying.PLAIN, 24).absoluteTime().build().bfs();
        for (ModelCheckResult<String> result : List.of(plain, mixed, absolute)) {
            assertEquals(Verdict.VIOLATED, result.verdict(), result.summary());
            assertEquals(absolute.counterexample().orElseThrow().moves().size(), result.counterexample().orElseThrow().moves().size());
        }
        assertEquals(absolute.states(), plain.states(), "nothing merged");
    }

    /**
     * The planted unsoundness: the same node declaring its times although it acts on absolute time. Its states
     * at ticks 2, 4, 6 are merged, the alarm due from tick 9 is never reached, and the check passes: what the test above
     * would see if the checker merged nodes that do not declare.
     */
    @Test
    void mergingTheStatesOfANodeThatActsOnAbsoluteTimeHidesItsBug() {
        ModelCheckResult<String> merged = ring(NEVER, 9, id -> Keying.DECLARED, 24).build().bfs();
        assertEquals(Verdict.HOLDS, merged.verdict(), merged.summary());
        assertEquals(Verdict.VIOLATED, ring(NEVER, 9, id -> Keying.DECLARED, 24).absoluteTime().build().bfs().verdict());
    }
}
