package dev.simscaffold.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.Trace;
import org.junit.jupiter.api.Test;

/**
 * Latent corruption is visible only to the node's own checksums: a fsynced, acknowledged record that rots
 * is returned by reads with its flipped bit, and the store's recovery must reject it rather than serve a
 * wrong value. Without the checksum check the store would serve a value nobody wrote.
 */
class LatentCorruptionTest {

    @Test
    void aCorruptedDurableRecordIsReadBackFlippedAndTheChecksumRejectsIt() {
        for (long seed = 1; seed <= 30; seed++) {
            Trace trace = Trace.full();
            SimDisk disk = new SimDisk("n1", 4, StorageFaults.builder().corruptionRate(1.0).build(), SimRandom.seeded(seed), trace);
            LogKv kv = new LogKv(disk, true);
            kv.put(LogicalTime.ZERO, 7, 1007);
            disk.handleTimeout(LogicalTime.ZERO);
            kv.drain();
            assertThat(kv.pollAcks()).containsExactly(7);

            disk.crash(LogicalTime.ZERO, CrashKind.POWER_LOSS);
            assertThat(disk.durableContents()).hasSize(LogKv.RECORD_BYTES);
            LogKv recovered = new LogKv(disk, true);
            recovered.recover(LogicalTime.ZERO);
            disk.handleTimeout(LogicalTime.ZERO);
            recovered.drain();

            assertThat(recovered.recovered()).isTrue();
            assertThat(recovered.state()).as("seed " + seed).isEmpty();
            assertThat(trace.count(EventKind.DISK_CORRUPTION)).isEqualTo(1);
        }
    }
}
