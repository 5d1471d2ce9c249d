package dev.simscaffold.core.net;

import static dev.simscaffold.core.net.NetTestSupport.N0;
import static dev.simscaffold.core.net.NetTestSupport.N1;
import static dev.simscaffold.core.net.NetTestSupport.assertWithinFiveSigma;
import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.fault.NetworkFaults;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each random fault happens at its configured rate: over many messages the observed count is within
 * five binomial standard deviations of the expected one. The seeds are fixed, so these checks are
 * deterministic, and the bound is wide enough that a correct implementation passes for any seed
 * (a false alarm at 5 sigma has probability below one in a million).
 */
class FaultRateTest {

    private static final int MESSAGES = 20_000;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void lossDuplicationAndTailDelayHappenAtTheirRates(long seed) {
        NetworkFaults faults = FaultConfig.builder()
                .network(n -> n.lossRate(0.1).duplicateRate(0.05).minDelayTicks(1).maxDelayTicks(5).tailDelayRate(0.02)
                        .maxTailDelayTicks(50))
                .build().network();
        SimNetwork<Ping> net = SimNetwork.nodes(2, (id, random, now) -> new RecorderNode(id)).seed(seed).faults(faults).build();
        net.invoke(N0, RecorderNode.class, "blast", node -> {
            node.blast(N1, 1, net.now());
            node.limit(MESSAGES);
        });
        net.run(MESSAGES + 100);

        NetworkStats stats = net.stats();
        assertThat(stats.sent()).isEqualTo(MESSAGES);
        assertWithinFiveSigma("lost", stats.lost(), stats.sent(), 0.1);
        long survived = stats.sent() - stats.lost();
        assertWithinFiveSigma("duplicated", stats.duplicated(), survived, 0.05);
        assertWithinFiveSigma("tail-delayed", stats.tailDelayed(), survived + stats.duplicated(), 0.02);
        assertThat(stats.delivered()).isEqualTo(survived + stats.duplicated());
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5})
    void randomNodeFaultsStartAtTheirRatesPerDeliveredMessage(long seed) {
        NetworkFaults faults = FaultConfig.builder()
                .network(n -> n.partitionRate(0.01).maxPartitionTicks(1).crashRate(0.005).restartAfterTicks(0)
                        .pauseRate(0.02).maxPauseTicks(1))
                .build().network();
        SimNetwork<Ping> net = SimNetwork.nodes(1, RecorderNode.blaster(N1)).seed(seed).node((id, random, now) -> new RecorderNode(id)).faults(faults).build();
        net.run(MESSAGES);

        NetworkStats stats = net.stats();
        assertThat(stats.delivered()).isGreaterThan(MESSAGES / 2);
        assertWithinFiveSigma("partitions", stats.partitions(), stats.delivered(), 0.01);
        assertWithinFiveSigma("crashes", stats.crashes(), stats.delivered(), 0.005);
        assertWithinFiveSigma("pauses", stats.pauses(), stats.delivered(), 0.02);
    }
}
