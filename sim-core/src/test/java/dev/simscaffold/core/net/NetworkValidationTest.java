package dev.simscaffold.core.net;

import static dev.simscaffold.core.net.NetTestSupport.N0;
import static dev.simscaffold.core.net.NetTestSupport.N1;
import static dev.simscaffold.core.net.NetTestSupport.recorders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertyAssertions;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.time.LogicalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input fails where it is written, with a message naming the bad value. */
class NetworkValidationTest {

    @Test
    void unknownNodeIdsAreRejected() {
        SimNetwork<Ping> net = recorders(2, NetworkFaults.NONE);
        NodeId ghost = NodeId.of(9);

        assertThatThrownBy(() -> net.crash(ghost)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown node node-9").hasMessageContaining("node-0..node-1");
        assertThatThrownBy(() -> net.partition(List.of(N0), List.of(ghost))).hasMessageContaining("unknown node node-9");
        assertThatThrownBy(() -> net.pause(ghost, 3)).hasMessageContaining("unknown node node-9");
        assertThatThrownBy(() -> net.invoke(N0, RecorderNode.class, "send to ghost", node -> node.send(ghost, new Ping(0, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown node node-9 as transmit destination of node-0");
        assertThatThrownBy(() -> NodeId.of(-1)).hasMessageContaining("got -1");
        assertThatThrownBy(() -> SimNetwork.nodes(2, (id, r, now) -> new RecorderNode(id))
                .clock(ghost, NodeClock.EXACT).build()).hasMessageContaining("unknown node node-9");
    }

    @Test
    void impossibleNodeOperationsAreRejected() {
        SimNetwork<Ping> net = recorders(2, NetworkFaults.NONE);

        assertThatThrownBy(() -> net.restart(N1)).isInstanceOf(IllegalStateException.class).hasMessageContaining("node-1: it is not crashed");
        net.crash(N1);
        assertThatThrownBy(() -> net.crash(N1)).hasMessageContaining("node-1: it is already crashed");
        assertThatThrownBy(() -> net.pause(N1, 5)).hasMessageContaining("node-1: it is crashed");
        assertThatThrownBy(() -> net.pause(N0, -2)).hasMessageContaining("got -2");
        assertThatThrownBy(() -> net.run(-1)).hasMessageContaining("run ticks must be >= 0, got -1");
        assertThatThrownBy(() -> net.runUntil(nodes -> true, -3)).hasMessageContaining("got -3");
        assertThatThrownBy(() -> net.partition(List.of(N0), List.of(N0))).hasMessageContaining("node-0 is in both");
    }

    @Test
    void aNodeMaySendOnlyAsItself() {
        SimNetwork<Ping> net = SimNetwork.nodes(2, (id, r, now) -> new RecorderNode(NodeId.of(1 - id.index()))).build();

        assertThatThrownBy(() -> net.invoke(N0, RecorderNode.class, "send", node -> node.send(N1, new Ping(0, 1))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("node-0 returned a transmit from node-1");
    }

    @Test
    void negativeDelaysAndBadRangesAreRejected() {
        assertThatThrownBy(() -> FaultConfig.builder().network(n -> n.minDelayTicks(-1).maxDelayTicks(5)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("network.minDelayTicks must be >= 0, got -1");
        assertThatThrownBy(() -> FaultConfig.builder().network(n -> n.minDelayTicks(10).maxDelayTicks(5)).build())
                .hasMessageContaining("network.minDelayTicks=10 > network.maxDelayTicks=5");
        assertThatThrownBy(() -> FaultConfig.builder()
                .network(n -> n.minDelayTicks(1).maxDelayTicks(50).tailDelayRate(0.1).maxTailDelayTicks(20)).build())
                .hasMessageContaining("network.maxDelayTicks=50 > network.maxTailDelayTicks=20");
        assertThatThrownBy(() -> FaultConfig.builder().network(n -> n.maxPartitionTicks(-4)).build())
                .hasMessageContaining("network.maxPartitionTicks must be >= 0, got -4");
        assertThatThrownBy(() -> FaultConfig.builder().network(n -> n.maxPauseTicks(-7)).build())
                .hasMessageContaining("network.maxPauseTicks must be >= 0, got -7");
        assertThatThrownBy(() -> FaultConfig.builder().network(n -> n.restartAfterTicks(-1)).build())
                .hasMessageContaining("network.restartAfterTicks must be >= 0, got -1");
    }

    @Test
    void ratesOutsideZeroToOneAreRejected() {
        assertThatThrownBy(() -> FaultConfig.builder().network(n -> n.lossRate(1.5)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("network.lossRate must be in [0, 1], got 1.5");
        assertThatThrownBy(() -> FaultConfig.builder().network(n -> n.duplicateRate(-0.1)).build())
                .hasMessageContaining("network.duplicateRate must be in [0, 1], got -0.1");
        assertThatThrownBy(() -> FaultConfig.builder().network(n -> n.tailDelayRate(Double.NaN).maxTailDelayTicks(5)).build())
                .hasMessageContaining("network.tailDelayRate must be in [0, 1], got NaN");
        assertThatThrownBy(() -> FaultConfig.builder().network(n -> n.partitionRate(2)).build())
                .hasMessageContaining("network.partitionRate must be in [0, 1], got 2.0");
        assertThatThrownBy(() -> FaultConfig.builder().network(n -> n.crashRate(-1)).build())
                .hasMessageContaining("network.crashRate must be in [0, 1], got -1.0");
        assertThatThrownBy(() -> FaultConfig.builder().network(n -> n.pauseRate(1.01)).build())
                .hasMessageContaining("network.pauseRate must be in [0, 1], got 1.01");
    }

    @Test
    void clockDriftIsBounded() {
        assertThatThrownBy(() -> FaultConfig.builder().network(n -> n.maxClockDriftPpm(600_000)).build())
                .hasMessageContaining("network.maxClockDriftPpm must be <= 500000, got 600000");
        assertThatThrownBy(() -> new NodeClock(-1, 0)).hasMessageContaining("offsetTicks must be >= 0, got -1");
        assertThatThrownBy(() -> new NodeClock(0, -700_000)).hasMessageContaining("driftPpm must be within +-500000, got -700000");
    }

    @Test
    void presetsAndSwarmConfigurationsAreValid() {
        assertThat(FaultConfig.none().network()).isEqualTo(NetworkFaults.NONE);
        assertThat(FaultConfig.mild().network().lossRate()).isPositive();
        assertThat(FaultConfig.hostile().network().maxPartitionTicks()).isPositive();
        assertThat(FaultConfig.hostile().network().maxClockDriftPpm()).isPositive();
        PropertyAssertions.assertHolds("swarm network faults are consistent", Gen.faultConfigs(), 500, config -> {
            NetworkFaults swarm = config.network();
            assertThat(swarm.maxDelayTicks()).isGreaterThanOrEqualTo(swarm.minDelayTicks());
            assertThat(swarm.maxClockDriftPpm()).isBetween(0L, NetworkFaults.MAX_CLOCK_DRIFT_PPM);
        });
    }

    @Test
    void aNetworkNeedsNodes() {
        assertThatThrownBy(() -> SimNetwork.nodes(0, (id, r, now) -> new RecorderNode(id)))
                .hasMessageContaining("node count must be >= 1, got 0");
        assertThatThrownBy(() -> SimNetwork.nodes(1, (id, r, now) -> new RecorderNode(id)).maxEventsPerRun(0))
                .hasMessageContaining("maxEventsPerRun must be >= 1, got 0");
    }

    @Test
    void valueRecordsAndRunsRejectNegativesNamingTheValue() {
        SimNetwork<Ping> net = recorders(2, NetworkFaults.NONE);

        assertThatThrownBy(() -> NodeId.of(-1)).hasMessage("NodeId index must be >= 0, got -1");
        assertThatThrownBy(() -> new NodeClock(-4, 0)).hasMessage("NodeClock offsetTicks must be >= 0, got -4");
        assertThatThrownBy(() -> new RunResult(true, LogicalTime.ZERO, -1)).hasMessage("events must be >= 0, got -1");
        assertThatThrownBy(() -> net.runUntil(nodes -> true, -2)).hasMessage("runUntil ticks must be >= 0, got -2");
        assertThatThrownBy(() -> net.pause(N0, -3)).hasMessage("pause ticks must be >= 0, got -3");
    }
}
