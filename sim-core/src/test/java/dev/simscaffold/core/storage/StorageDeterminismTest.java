package dev.simscaffold.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.storage.KvScenario.Op;
import dev.simscaffold.core.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Same seed, same run: the disk's contents and the trace fingerprint depend on nothing but the seed. */
class StorageDeterminismTest {

    /** A fixed workload under swarm-drawn storage faults, run on a disk seeded with {@code seed}. */
    static Trace run(long seed, List<byte[]> contents) {
        SimRandom root = SimRandom.seeded(seed);
        StorageFaults faults = StorageFaults.swarm(root.fork("swarm.storage")).toBuilder()
                .writeErrorRate(0.05).corruptionRate(0.05).tornWriteRate(0.5).minLatencyTicks(0).maxLatencyTicks(3).build();
        DiskClock d = new DiskClock(faults, root.fork("storage.n1"), 4);
        for (int i = 0; i < 60; i++) {
            d.disk.write(d.now, i * 3L, DiskClock.bytes("r" + i));
            if (i % 4 == 3) {
                d.disk.fsync(d.now);
            }
            if (i % 15 == 14) {
                d.disk.crash(d.now, i % 2 == 0 ? CrashKind.POWER_LOSS : CrashKind.PROCESS_CRASH);
            }
            d.now = d.now.advance(1);
            d.disk.handleTimeout(d.now);
        }
        d.settle();
        contents.add(d.disk.durableContents());
        contents.add(d.disk.cachedContents());
        return d.trace;
    }

    @Test
    void theSameSeedGivesTheSameContentsAndFingerprint() {
        List<byte[]> first = new ArrayList<>();
        List<byte[]> second = new ArrayList<>();
        assertThat(run(17, first).fingerprint()).isEqualTo(run(17, second).fingerprint());
        assertThat(first.get(0)).isEqualTo(second.get(0));
        assertThat(first.get(1)).isEqualTo(second.get(1));
    }

    @Test
    void differentSeedsGiveDifferentRuns() {
        assertThat(run(17, new ArrayList<>()).fingerprint()).isNotEqualTo(run(18, new ArrayList<>()).fingerprint());
    }

    @Test
    void theKeyValueScenarioIsDeterministicToo() {
        KvScenario a = new KvScenario(List.of(Op.PUT, Op.PUT, Op.POWER_LOSS, Op.PUT, Op.PROCESS_CRASH, Op.PUT), SimRandom.seeded(4));
        KvScenario b = new KvScenario(a.ops(), SimRandom.seeded(4));
        assertThat(a.run(true).trace().fingerprint()).isEqualTo(b.run(true).trace().fingerprint());
    }
}
