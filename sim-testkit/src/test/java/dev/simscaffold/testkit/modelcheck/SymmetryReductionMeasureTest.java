package dev.simscaffold.testkit.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.corpus.gossip.GossipBug;
import dev.simscaffold.corpus.gossip.Sync;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures symmetry reduction on the corpus gossip with 3 nodes (writes at node-0, node-1 and node-2
 * interchangeable; events in any order, time relative to now), correct and with the {@code !=} dedup bug, at
 * the depth {@code -Dsymmetry.measure.depth} (default 8), breadth-first. Opt-in (minutes):
 * {@code -Dsymmetry.measure=true}. Asserts only that the verdicts agree; prints the figures.
 */
@EnabledIfSystemProperty(named = "symmetry.measure", matches = "true")
class SymmetryReductionMeasureTest {

    @Test
    void gossipWithAndWithoutSymmetry() {
        int depth = Integer.getInteger("symmetry.measure.depth", 8);
        for (Set<GossipBug> bugs : java.util.List.<Set<GossipBug>>of(Set.of(), EnumSet.of(GossipBug.NOT_EQUAL_DEDUP))) {
            ModelCheckResult<Sync> none = SymmetryReductionTest.gossip(bugs, depth).get().stopwatch(System::nanoTime).build().bfs();
            ModelCheckResult<Sync> reduced = SymmetryReductionTest.gossip(bugs, depth).get().stopwatch(System::nanoTime)
                    .symmetric(Set.of(NodeId.of(1), NodeId.of(2))).build().bfs();
            System.out.printf("gossip bugs=%s depth=%d none:      %s%n", bugs, depth, none.summary());
            System.out.printf("gossip bugs=%s depth=%d symmetric: %s%n", bugs, depth, reduced.summary());
            assertEquals(none.verdict(), reduced.verdict());
        }
    }
}
