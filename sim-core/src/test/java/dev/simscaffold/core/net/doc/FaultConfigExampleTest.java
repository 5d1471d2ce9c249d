package dev.simscaffold.core.net.doc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.net.SimNetwork;
import org.junit.jupiter.api.Test;

/** Keeps the example of {@code docs/reference/faults.md} compiling and true: one configuration, both layers applied. */
class FaultConfigExampleTest {

    @Test
    void oneConfigurationSetsTheNetworkAndStorageLayers() {
        // DOCS:begin docs/reference/faults.md
        FaultConfig faults = FaultConfig.builder()
                .network(n -> n.lossRate(0.01))
                .storage(s -> s.minLatencyTicks(1).maxLatencyTicks(5).fsyncErrorRate(0.01).tornWriteRate(0.5))
                .build();
        SimNetwork<Max> net = SimNetwork.nodes(5, MaxNode::new).seed(7).faults(faults).build();   // the storage layer: disk nodes'
        // DOCS:end

        net.run(200);
        assertThat(net.faults().lossRate()).isEqualTo(0.01);
        assertThat(faults.storage().tornWriteRate()).isEqualTo(0.5);
        assertThat(net.stats().dropped()).as("a 1% loss over 200 ticks of gossip drops something").isPositive();
    }
}
