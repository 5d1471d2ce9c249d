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
            DiskClock d = new DiskClock(StorageFaults.builder().corruptionRate(1.0).build(), SimRandom.seeded(seed), 4);
            Trace trace = d.trace;
            LogKv kv = new LogKv(d.io(), true);
            kv.put(7, 1007);
            d.advanceTo(LogicalTime.ZERO, kv::handle);
            assertThat(kv.pollAcks()).containsExactly(7);

            d.disk.crash(LogicalTime.ZERO, CrashKind.POWER_LOSS);
            assertThat(d.disk.durableContents()).hasSize(LogKv.RECORD_BYTES);
            LogKv recovered = new LogKv(d.io(), true);
            recovered.recover();
            d.advanceTo(LogicalTime.ZERO, recovered::handle);

            assertThat(recovered.recovered()).isTrue();
            assertThat(recovered.state()).as("seed " + seed).isEmpty();
            assertThat(trace.count(EventKind.DISK_CORRUPTION)).isEqualTo(1);
        }
    }
}
