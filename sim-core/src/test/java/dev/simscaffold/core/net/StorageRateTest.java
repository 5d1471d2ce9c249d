package dev.simscaffold.core.net;

import static dev.simscaffold.core.net.NetTestSupport.N0;
import static dev.simscaffold.core.net.NetTestSupport.assertWithinFiveSigma;
import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.storage.OpKind;
import dev.simscaffold.core.trace.EventKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The storage layer of a {@link FaultConfig}, handed to a {@link SimNetwork}, fails each kind of disk
 * operation at its configured rate: over thousands of operations the observed count is within five
 * binomial standard deviations of the expected one, for every seed tried.
 */
class StorageRateTest {

    private static final int ROUNDS = 6_000;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void eachStorageFaultFiresAtItsConfiguredRate(long seed) {
        FaultConfig faults = FaultConfig.builder()
                .storage(s -> s.minLatencyTicks(0).maxLatencyTicks(3)
                        .writeErrorRate(0.1).fsyncErrorRate(0.05).readErrorRate(0.02).corruptionRate(0.2))
                .build();
        SimNetwork<Ping> net = SimNetwork.diskNodes(1, (id, random, now, disk, recovered) -> new IoLoadNode(disk, ROUNDS)).seed(seed).faults(faults)
                .build();
        net.run(100_000);
        IoLoadNode node = net.node(N0, IoLoadNode.class).orElseThrow();

        assertThat(node.done(OpKind.READ)).isEqualTo(ROUNDS);
        assertWithinFiveSigma("write errors", node.failed(OpKind.WRITE), ROUNDS, 0.1);
        assertWithinFiveSigma("fsync errors", node.failed(OpKind.FSYNC), ROUNDS, 0.05);
        assertWithinFiveSigma("read errors", node.failed(OpKind.READ), ROUNDS, 0.02);
        long stored = ROUNDS - node.failed(OpKind.WRITE);
        assertWithinFiveSigma("corrupted writes", net.trace().count(EventKind.DISK_CORRUPTION), stored, 0.2);
        assertThat(net.trace().count(EventKind.DISK_IO_ERROR))
                .isEqualTo(node.failed(OpKind.WRITE) + node.failed(OpKind.FSYNC) + node.failed(OpKind.READ));
    }

    /** With {@code powerLossRate}, that share of a disk node's random crashes are power losses. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void aShareOfRandomCrashesArePowerLosses(long seed) {
        FaultConfig faults = FaultConfig.builder()
                .network(n -> n.minDelayTicks(1).maxDelayTicks(1).crashRate(0.2).restartAfterTicks(1))
                .storage(s -> s.powerLossRate(0.3))
                .build();
        SimNetwork<Ping> net = SimNetwork.diskNodes(1, (id, random, now, disk, recovered) -> new HeartbeatDiskNode(id)).seed(seed).faults(faults)
                .build();
        net.run(30_000);

        long crashes = net.trace().count(EventKind.CRASH);
        long powerLosses = net.trace().events().stream()
                .filter(event -> event.kind() == EventKind.CRASH && event.detail().equals("power loss")).count();
        assertThat(crashes).isGreaterThan(2_000);
        assertWithinFiveSigma("power losses among random crashes", powerLosses, crashes, 0.3);
        assertThat(net.trace().count(EventKind.POWER_LOSS)).isEqualTo(powerLosses);
        assertThat(net.trace().count(EventKind.DISK_PROCESS_CRASH)).isEqualTo(crashes - powerLosses);
    }
}
