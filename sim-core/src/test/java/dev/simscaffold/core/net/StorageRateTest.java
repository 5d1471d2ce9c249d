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
        SimNetwork<Ping, IoLoadNode> net = SimNetwork.<Ping, IoLoadNode>builder().seed(seed)
                .diskNode((id, random, disk) -> new IoLoadNode(disk, ROUNDS)).faults(faults)
                .build();
        net.run(100_000);
        IoLoadNode node = net.node(N0).orElseThrow();

        assertThat(node.done(OpKind.READ)).isEqualTo(ROUNDS);
        assertWithinFiveSigma("write errors", node.failed(OpKind.WRITE), ROUNDS, 0.1);
        assertWithinFiveSigma("fsync errors", node.failed(OpKind.FSYNC), ROUNDS, 0.05);
        assertWithinFiveSigma("read errors", node.failed(OpKind.READ), ROUNDS, 0.02);
        long stored = ROUNDS - node.failed(OpKind.WRITE);
        assertWithinFiveSigma("corrupted writes", net.trace().count(EventKind.DISK_CORRUPTION), stored, 0.2);
        assertThat(net.trace().count(EventKind.DISK_IO_ERROR))
                .isEqualTo(node.failed(OpKind.WRITE) + node.failed(OpKind.FSYNC) + node.failed(OpKind.READ));
    }
}
