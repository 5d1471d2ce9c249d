package dev.simscaffold.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.fault.StorageFaults;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A network whose storage faults ask for an atlas builds one over its disk nodes, in node order: every block the
 * nodes write at the same address keeps an intact copy on all but the atlas's faulty disks, where without the
 * atlas the same corruption rots every copy. An atlas that never has to spare a flip leaves the run byte for byte
 * as it was.
 */
class NetworkFaultAtlasTest {

    private static final int ROUNDS = 64;
    private static final byte[] BLOCK = {1, 2, 3, 4, 5, 6, 7, 8};

    @Test
    void everyBlockKeepsAnIntactCopyWithTheAtlasAndNoneWithout() {
        for (long seed = 1; seed <= 10; seed++) {
            SimNetwork<Ping> with = run(seed, StorageFaults.builder().corruptionRate(1.0).atlas(32, 1).build());
            SimNetwork<Ping> without = run(seed, StorageFaults.builder().corruptionRate(1.0).build());
            for (int round = 0; round < ROUNDS; round++) {
                assertThat(intactCopies(with, round)).as("seed %d block %d with the atlas", seed, round).isEqualTo(2);
                assertThat(intactCopies(without, round)).as("seed %d block %d without", seed, round).isZero();
            }
        }
    }

    @Test
    void theSameSeedIsTheSameRunAndAnAtlasWithNothingToSpareChangesNothing() {
        StorageFaults atlas = StorageFaults.builder().corruptionRate(0.3).atlas(32, 1).build();
        assertThat(run(4, atlas).trace().fingerprint()).isEqualTo(run(4, atlas).trace().fingerprint());
        StorageFaults clean = StorageFaults.builder().minLatencyTicks(1).maxLatencyTicks(3).writeErrorRate(0.1).build();
        assertThat(run(4, clean.toBuilder().atlas(32, 1).build()).trace().fingerprint()).isEqualTo(run(4, clean).trace().fingerprint());
    }

    @Test
    void anAtlasTheNetworkCannotHoldIsRefusedNamingTheValue() {
        StorageFaults oneFaulty = StorageFaults.builder().corruptionRate(0.1).atlas(32, 1).build();
        assertThatThrownBy(() -> SimNetwork.diskNodes(1, (id, random, now, disk, recovered) -> new IoLoadNode(disk, 1))
                .faults(FaultConfig.builder().storage(s -> s.corruptionRate(0.1).atlas(32, 1)).build()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("storage.atlasRegionBytes=32 asks for a fault atlas, which spans at least 2 disks, but this network has 1");
        assertThatThrownBy(() -> run(1, oneFaulty.toBuilder().atlas(32, 3).build())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("atlasFaultyDisks must be in [1, 2] for an atlas over 3 disks (at least one keeps each region intact), got 3");
    }

    private static SimNetwork<Ping> run(long seed, StorageFaults storage) {
        SimNetwork<Ping> net = SimNetwork.diskNodes(3, (id, random, now, disk, recovered) -> new IoLoadNode(disk, ROUNDS)).seed(seed)
                .storage(storage).build();
        net.run(10_000);
        return net;
    }

    private static int intactCopies(SimNetwork<Ping> net, int round) {
        int intact = 0;
        for (NodeId id : net.nodeIds()) {
            byte[] contents = net.disk(id).orElseThrow().durableContents();
            intact += Arrays.equals(Arrays.copyOfRange(contents, round * 8, round * 8 + 8), BLOCK) ? 1 : 0;
        }
        return intact;
    }
}
