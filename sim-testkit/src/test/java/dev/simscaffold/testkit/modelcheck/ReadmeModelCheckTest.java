package dev.simscaffold.testkit.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.corpus.gossip.GossipNode;
import dev.simscaffold.corpus.gossip.Sync;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The README's network model-checking example, compiled and run. */
class ReadmeModelCheckTest {

    // DOCS:begin docs/guide/05-exploration-and-model-checking.md
    @Test
    void gossipKeepsVersionsMonotonicUpToDepthSix() {
        ModelCheckResult<Sync> result = NetworkModelCheck
                .network(context -> SimNetwork.durableNodes(3, GossipNode.factory(3, 2, Set.of()))
                        .faults(NetworkFaults.builder().maxDelayTicks(2).maxTailDelayTicks(2).build()))
                .nodeKey(GossipNode.class, node -> new TreeMap<>(node.store()))
                .input("put k=a", NodeId.of(0), GossipNode.class, node -> node.put("k", "a"))
                .inputBudget(2)
                .expectStep("versions never go backwards", GossipModelCheckTest::monotonic)
                .depth(6)
                .build()
                .bfs();
        result.assertHoldsWithinDepth();
        assertEquals(ModelCheckResult.Verdict.INCOMPLETE_DEPTH, result.verdict(), result.summary());
    }
    // DOCS:end
}
