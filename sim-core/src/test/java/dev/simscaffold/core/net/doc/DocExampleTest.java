package dev.simscaffold.core.net.doc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.net.FaultEvent;
import dev.simscaffold.core.net.FaultSchedule;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.RunResult;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.trace.MermaidDiagram;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Keeps the README's SimNetwork example compiling and true: the code between the markers appears there verbatim. */
class DocExampleTest {

    @Test
    void theDocumentedExampleRuns() {
        // DOCS:begin docs/guide/02-network-faults-nemeses.md
        List<NodeId> ids = List.of(NodeId.of(0), NodeId.of(1), NodeId.of(2), NodeId.of(3), NodeId.of(4));
        Map<NodeId, Long> seen = new TreeMap<>();
        Expectation<NetworkView<Max>> neverDecrease = Expectation.always("values never decrease", nodes -> {
            List<String> problems = new ArrayList<>();
            seen.keySet().retainAll(nodes.live().keySet());          // a crash wipes a node's history
            nodes.byId(MaxNode.class).forEach((id, node) -> {
                Long before = seen.put(id, node.value());
                if (before != null && node.value() < before) {
                    problems.add(id + " went from " + before + " to " + node.value());
                }
            });
            return problems;
        });

        SimNetwork<Max> net = SimNetwork.nodes(5, MaxNode::new)
                .seed(42)
                .faults(FaultConfig.mild())                          // loss, duplication, delays
                .schedule(FaultSchedule.of(ids, List.of(
                        new FaultEvent.Partition(20, ids.subList(0, 2), ids.subList(2, 5), false),
                        new FaultEvent.Crash(50, NodeId.of(4)),
                        new FaultEvent.Heal(200),
                        new FaultEvent.Restart(210, NodeId.of(4)))))
                .expect(neverDecrease)                               // checked after every event
                .build();

        net.run(300);                                                // safety phase, with faults
        net.quiesce();                                               // faults stop
        RunResult agreed = net.awaitLiveness(Expectation.eventually("all live nodes agree", nodes -> {
            long max = nodes.all(MaxNode.class).stream().mapToLong(MaxNode::value).max().orElse(0);
            return nodes.byId(MaxNode.class).entrySet().stream()
                    .filter(node -> node.getValue().value() < max)
                    .map(node -> node.getKey() + " holds " + node.getValue().value() + " < " + max)
                    .toList();
        }), 100);

        System.out.println("seed " + net.seed() + ": agreed at " + agreed.time() + ", " + net.stats());
        System.out.println(MermaidDiagram.markdown(net.trace().tail(12)));
        // DOCS:end

        assertThat(agreed.held()).isTrue();
        assertThat(net.stats().partitionBlocked()).isPositive();
        assertThat(net.view().live()).hasSize(5);
    }
}
