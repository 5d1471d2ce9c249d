package dev.simscaffold.core.net;

import static dev.simscaffold.core.net.NetTestSupport.N0;
import static dev.simscaffold.core.net.NetTestSupport.N1;
import static dev.simscaffold.core.net.NetTestSupport.events;
import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each fault kind draws from its own stream: switching one on does not change another's decisions,
 * which is what lets a shrinker remove one kind of fault without reshuffling the rest.
 */
class FaultIndependenceTest {

    private static List<String> lostPings(FaultConfig faults) {
        SimNetwork<Ping> net = SimNetwork.nodes(2, (id, random, now) -> new RecorderNode(id)).seed(9).faults(faults).build();
        net.invoke(N0, RecorderNode.class, "blast", node -> {
            node.blast(N1, 1, net.now());
            node.limit(2_000);
        });
        net.run(2_200);
        return events(net, EventKind.DROP).stream().map(TraceEvent::detail).toList();
    }

    @Test
    void duplicationAndDelaysDoNotShiftLossDecisions() {
        List<String> lossOnly = lostPings(FaultConfig.builder().network(n -> n.lossRate(0.1)).build());
        List<String> withOthers = lostPings(FaultConfig.builder()
                .network(n -> n.lossRate(0.1).duplicateRate(0.3).minDelayTicks(1).maxDelayTicks(20).tailDelayRate(0.1)
                        .maxTailDelayTicks(100)).build());

        assertThat(lossOnly).hasSizeGreaterThan(100);
        assertThat(withOthers).isEqualTo(lossOnly);
    }
}
