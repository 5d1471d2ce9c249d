package dev.simscaffold.core.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.storage.SimDisk;
import dev.simscaffold.core.trace.Trace;
import org.junit.jupiter.api.Test;

/** Validation names the bad field and value; none() is a perfect disk; swarm draws valid, varied configurations. */
class StorageFaultsTest {

    @Test
    void impossibleConfigurationsAreRejectedNamingTheFieldAndValue() {
        assertThatThrownBy(() -> StorageFaults.builder().tornWriteRate(1.5).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("storage.tornWriteRate must be in [0, 1], got 1.5");
        assertThatThrownBy(() -> StorageFaults.builder().writeErrorRate(Double.NaN).build())
                .hasMessage("storage.writeErrorRate must be in [0, 1], got NaN");
        assertThatThrownBy(() -> StorageFaults.builder().minLatencyTicks(5).maxLatencyTicks(2).build())
                .hasMessage("storage.minLatencyTicks must be <= storage.maxLatencyTicks, got storage.minLatencyTicks=5 > storage.maxLatencyTicks=2");
        assertThatThrownBy(() -> StorageFaults.builder().capacityBytes(-1).build())
                .hasMessage("storage.capacityBytes must be >= 0, got -1");
        assertThatThrownBy(() -> StorageFaults.builder().minLatencyTicks(-1).build())
                .hasMessage("storage.minLatencyTicks must be >= 0, got -1");
        assertThatThrownBy(() -> StorageFaults.builder().fsyncErrorRate(-0.1).build()).hasMessageContaining("storage.fsyncErrorRate");
        assertThatThrownBy(() -> StorageFaults.builder().readErrorRate(2).build()).hasMessageContaining("storage.readErrorRate");
        assertThatThrownBy(() -> StorageFaults.builder().corruptionRate(2).build()).hasMessageContaining("storage.corruptionRate");
        assertThatThrownBy(() -> StorageFaults.builder().unsyncedSurvivalRate(2).build()).hasMessageContaining("storage.unsyncedSurvivalRate");
        assertThatThrownBy(() -> StorageFaults.builder().powerLossRate(-1).build()).hasMessage("storage.powerLossRate must be in [0, 1], got -1.0");
        assertThatThrownBy(() -> StorageFaults.builder().misdirectedWriteRate(1.5).build())
                .hasMessage("storage.misdirectedWriteRate must be in [0, 1], got 1.5");
        assertThatThrownBy(() -> StorageFaults.builder().pendingWriteCorruptionRate(-0.5).build())
                .hasMessage("storage.pendingWriteCorruptionRate must be in [0, 1], got -0.5");
        assertThatThrownBy(() -> StorageFaults.builder().slowOperationRate(0.1).build())
                .hasMessage("storage.slowOperationTicks must be >= 1 when storage.slowOperationRate > 0, got 0");
        assertThatThrownBy(() -> new SimDisk("n1", StorageFaults.builder().pendingWriteCorruptionRate(0.1).build(), SimRandom.seeded(1),
                Trace.full())).hasMessageContaining("pendingWriteCorruptionRate=0.1").hasMessageContaining("SimFileSystem");
        assertThatThrownBy(() -> new SimDisk("n1", 0, StorageFaults.none(), SimRandom.seeded(1), Trace.full()))
                .hasMessage("sectorBytes must be > 0, got 0");
    }

    @Test
    void noneIsAPerfectUnboundedDiskWithoutLatency() {
        StorageFaults none = StorageFaults.none();
        assertThat(none).isEqualTo(new StorageFaults(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(none.toBuilder().build()).isEqualTo(none);
    }

    @Test
    void toBuilderRoundTripsEveryField() {
        StorageFaults all = new StorageFaults(1, 2, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 7, 0.8, 0.9, 0.25, 0.125, 9, 4096, 1);
        assertThat(all.toBuilder().build()).isEqualTo(all);
    }

    @Test
    void swarmDrawsValidConfigurationsThatSwitchEachFaultOnAndOff() {
        SimRandom random = SimRandom.seeded(3);
        int[] enabled = new int[8];
        for (int i = 0; i < 400; i++) {
            StorageFaults f = StorageFaults.swarm(random);
            double[] rates = {f.maxLatencyTicks(), f.writeErrorRate(), f.fsyncErrorRate(), f.readErrorRate(),
                f.corruptionRate(), f.unsyncedSurvivalRate(), f.tornWriteRate(), f.powerLossRate()};
            for (int k = 0; k < rates.length; k++) {
                enabled[k] += rates[k] > 0 ? 1 : 0;
            }
            assertThat(f.capacityBytes()).isZero();
        }
        assertThat(java.util.Arrays.stream(enabled).boxed().toList()).allSatisfy(count -> assertThat(count).isBetween(150, 250));
    }

    @Test
    void swarmIsAFunctionOfTheSeed() {
        assertThat(StorageFaults.swarm(SimRandom.seeded(9))).isEqualTo(StorageFaults.swarm(SimRandom.seeded(9)));
    }
}
