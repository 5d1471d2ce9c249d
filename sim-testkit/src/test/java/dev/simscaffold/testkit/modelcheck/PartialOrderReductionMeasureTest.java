package dev.simscaffold.testkit.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simscaffold.core.net.EventOrder;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.corpus.gossip.GossipBug;
import dev.simscaffold.corpus.gossip.Sync;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures partial-order reduction on the 3-node corpus gossip model (writes at node-0, gossip every 2 ticks,
 * delays of 1–2 ticks, time keyed relative to now) at the depth {@code -Dpor.measure.depth} (default 10) with
 * {@code -Dpor.measure.inputs} writes (default 1; the bug needs two, so its model gets at least two): states, transitions and CPU time without reduction, with sleep
 * sets and with persistent sets (the check stated per node for them), correct and with the {@code !=} dedup bug;
 * also three pingers. Opt-in (minutes): {@code -Dpor.measure=true}. Asserts that the verdicts agree, that sleep sets
 * keep every state and that persistent sets keep no more; prints the figures.
 */
@EnabledIfSystemProperty(named = "por.measure", matches = "true")
class PartialOrderReductionMeasureTest {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private enum Reduction { NONE, SLEEP_SETS, PERSISTENT_SETS }

    @Test
    void gossipThreeNodes() {
        int depth = Integer.getInteger("por.measure.depth", 10);
        int inputs = Integer.getInteger("por.measure.inputs", 1);
        for (Set<GossipBug> bugs : List.of(EnumSet.of(GossipBug.NOT_EQUAL_DEDUP), Set.<GossipBug>of())) {
            int writes = bugs.isEmpty() ? inputs : Math.max(2, inputs);
            ModelCheckResult<Sync> none = measure(bugs, depth, writes, Reduction.NONE);
            ModelCheckResult<Sync> sleep = measure(bugs, depth, writes, Reduction.SLEEP_SETS);
            ModelCheckResult<Sync> persistent = measure(bugs, depth, writes, Reduction.PERSISTENT_SETS);
            assertEquals(none.verdict(), sleep.verdict());
            assertEquals(none.verdict(), persistent.verdict());
            assertEquals(none.states(), sleep.states());
            if (none.verdict() != ModelCheckResult.Verdict.VIOLATED) {
                assertTrue(persistent.states() <= none.states());
                System.out.printf("gossip bugs=%s depth=%d inputs=%d: states none/persistent = %.2f%n", bugs, depth, inputs,
                        (double) none.states() / persistent.states());
            }
        }
    }

    @Test
    void threePingers() {
        for (Reduction reduction : Reduction.values()) {
            NetworkModelCheckBuilder<String> check = NetworkModelCheck
                    .network(context -> SimNetwork.nodes(3, Pinger.factory(3, 1))).eventOrder(EventOrder.UNSEQUENCED).depth(20);
            ModelCheckResult<String> result = on(check, reduction).build().bfs();
            System.out.printf("pingers %s: %s%n", reduction, result.summary());
        }
    }

    private static <M> NetworkModelCheckBuilder<M> on(NetworkModelCheckBuilder<M> check, Reduction reduction) {
        return switch (reduction) {
            case NONE -> check;
            case SLEEP_SETS -> check.partialOrderReduction(true);
            case PERSISTENT_SETS -> check.persistentSets();
        };
    }

    private static ModelCheckResult<Sync> measure(Set<GossipBug> bugs, int depth, int inputs, Reduction reduction) {
        NetworkModelCheckBuilder<Sync> model = reduction == Reduction.PERSISTENT_SETS
                ? GossipModelCheckTest.gossipPerNode(bugs) : GossipModelCheckTest.gossip(bugs);
        long cpu = CPU.getCurrentThreadCpuTime();
        ModelCheckResult<Sync> result = on(model.inputBudget(inputs).timeShiftInvariant().eventOrder(EventOrder.UNSEQUENCED)
                .depth(depth).maxStates(5_000_000).stopwatch(System::nanoTime), reduction).build().bfs();
        System.out.printf("gossip bugs=%s depth=%d inputs=%d %s: %s, %d ms CPU%s%n", bugs, depth, inputs, reduction,
                result.summary(), (CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000,
                result.counterexample().map(found -> ", counterexample of " + (found.moves().size() - 1) + " moves").orElse(""));
        return result;
    }
}
