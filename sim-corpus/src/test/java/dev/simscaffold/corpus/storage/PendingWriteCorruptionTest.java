package dev.simscaffold.corpus.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.storage.MachineCrash;
import dev.simscaffold.core.storage.SimFileSystem;
import dev.simscaffold.core.storage.SimMachine;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * Corruption of a pending write's target at a crash: a write cut off by a power loss may leave garbage where
 * it was going, not the old bytes. A superblock overwritten in place then loses the last committed version
 * along with the new one; two alternating copies (TigerBeetle keeps several) always leave the other one whole.
 */
class PendingWriteCorruptionTest {

    private static final int SLOT_BYTES = 16;
    private static final SimMachine.Crashes ONE_POWER_LOSS = new SimMachine.Crashes(0.1, 1, 1);
    private static final StorageFaults CORRUPTING = StorageFaults.builder().pendingWriteCorruptionRate(0.5).build();

    /** A sequence number kept in one slot overwritten in place, or in two slots written alternately. */
    private record Superblock(boolean twoSlots) implements StorageRuns.Program {

        @Override
        public Optional<String> run(SimMachine machine, SimFileSystem files) throws IOException {
            files.install("superblock", twoSlots ? concat(encode(0), encode(0)) : encode(0));
            long committed = 0;
            String crash = "no crash";
            try {
                for (long sequence = 1; sequence <= 20; sequence++) {
                    files.write("superblock", slot(sequence) * SLOT_BYTES, encode(sequence));
                    files.fsync("superblock");
                    committed = sequence;
                }
            } catch (MachineCrash down) {
                crash = down.getMessage();
            }
            machine.stopCrashing();
            Optional<Long> recovered = recover(files);
            if (recovered.isEmpty() || recovered.get() < committed) {
                return Optional.of("committed " + committed + " but recovered " + recovered.map(String::valueOf).orElse("nothing")
                        + " after " + crash);
            }
            return Optional.empty();
        }

        private long slot(long sequence) {
            return twoSlots ? sequence % 2 : 0;
        }

        private Optional<Long> recover(SimFileSystem files) throws IOException {
            Optional<Long> best = Optional.empty();
            for (long slot = 0; slot < (twoSlots ? 2 : 1); slot++) {
                ByteBuffer bytes = ByteBuffer.wrap(files.read("superblock", slot * SLOT_BYTES, SLOT_BYTES));
                long sequence = bytes.getLong(4);
                if (bytes.getInt(0) == (int) checksum(sequence) && (best.isEmpty() || sequence > best.get())) {
                    best = Optional.of(sequence);
                }
            }
            return best;
        }

        private static byte[] encode(long sequence) {
            return ByteBuffer.allocate(SLOT_BYTES).putInt(0, (int) checksum(sequence)).putLong(4, sequence).array();
        }

        private static byte[] concat(byte[] first, byte[] second) {
            return ByteBuffer.allocate(first.length + second.length).put(first).put(second).array();
        }

        private static long checksum(long sequence) {
            CRC32 crc = new CRC32();
            crc.update(ByteBuffer.allocate(8).putLong(0, sequence).array());
            return crc.getValue();
        }
    }

    @Test
    void aSuperblockOverwrittenInPlaceLosesTheCommittedVersionWhenAPendingWriteCorruptsIt() {
        assertThat(StorageRuns.violations(new Superblock(false), ONE_POWER_LOSS, SLOT_BYTES, CORRUPTING))
                .as("the planted bug, pending-write corruption on").isNotEmpty();
    }

    @Test
    void withoutPendingWriteCorruptionTheSameBugPasses() {
        assertThat(StorageRuns.violations(new Superblock(false), ONE_POWER_LOSS, SLOT_BYTES, StorageFaults.none()))
                .as("the planted bug, pending-write corruption off: a lost write leaves the old bytes").isEmpty();
    }

    @Test
    void twoAlternatingCopiesAlwaysKeepTheCommittedVersion() {
        assertThat(StorageRuns.violations(new Superblock(true), ONE_POWER_LOSS, SLOT_BYTES, CORRUPTING))
                .as("the fixed superblock, pending-write corruption on").isEmpty();
    }
}
