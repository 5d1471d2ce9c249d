package dev.simscaffold.testkit.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.simscaffold.core.net.EventOrder;
import dev.simscaffold.corpus.gossip.GossipBug;
import dev.simscaffold.corpus.gossip.Sync;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures partial-order reduction on the 3-node corpus gossip model (two writes at node-0, gossip every 2 ticks,
 * delays of 1–2 ticks, time keyed relative to now): states, transitions and time with and without it, correct and
 * with the {@code !=} dedup bug, at the depth {@code -Dpor.measure.depth} (default 10). Opt-in (minutes):
 * {@code -Dpor.measure=true}; also three pingers (six pings due at one tick). Asserts only that the verdicts and state counts agree; prints the figures.
 */
@EnabledIfSystemProperty(named = "por.measure", matches = "true")
class PartialOrderReductionMeasureTest {

    @Test
    void gossipThreeNodes() {
        int depth = Integer.getInteger("por.measure.depth", 10);
        int inputs = Integer.getInteger("por.measure.inputs", 2);
        for (Set<GossipBug> bugs : java.util.List.of(EnumSet.of(GossipBug.NOT_EQUAL_DEDUP), Set.<GossipBug>of())) {
            ModelCheckResult<Sync> none = measure(bugs, depth, inputs, false);
            ModelCheckResult<Sync> reduced = measure(bugs, depth, inputs, true);
            assertEquals(none.verdict(), reduced.verdict());
            assertEquals(none.states(), reduced.states());
        }
    }

    @Test
    void threePingers() {
        for (boolean reduce : new boolean[] {false, true}) {
            ModelCheckResult<String> result = NetworkModelCheck
                    .network(context -> dev.simscaffold.core.net.SimNetwork.nodes(3, Pinger.factory(3, 1)))
                    .eventOrder(EventOrder.UNSEQUENCED).partialOrderReduction(reduce).depth(20).build().bfs();
            System.out.printf("pingers por=%s: %s%n", reduce, result.summary());
        }
    }

    private static ModelCheckResult<Sync> measure(Set<GossipBug> bugs, int depth, int inputs, boolean reduce) {
        ModelCheckResult<Sync> result = GossipModelCheckTest.gossip(bugs).inputBudget(inputs).timeShiftInvariant()
                .eventOrder(EventOrder.UNSEQUENCED).partialOrderReduction(reduce).depth(depth).stopwatch(System::nanoTime)
                .build().bfs();
        System.out.printf("gossip bugs=%s depth=%d inputs=%d por=%s: %s%n", bugs, depth, inputs, reduce, result.summary());
        return result;
    }
}
