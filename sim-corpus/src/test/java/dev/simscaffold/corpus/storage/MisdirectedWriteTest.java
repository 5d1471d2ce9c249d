package dev.simscaffold.corpus.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.storage.SimFileSystem;
import dev.simscaffold.core.storage.SimMachine;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * Misdirected writes: a write lands on another sector than asked and reports success. A slot store whose
 * checksum covers only the value cannot tell a slot that holds another slot's value from its own, so it
 * returns another slot's value with a good checksum; TigerBeetle's answer, a checksum that covers the data's
 * own address, turns the same fault into detected damage. (The slot the write missed keeps an older value of
 * its own: a lost write, which only a checksum kept by a parent can catch, and not what is judged here.)
 */
class MisdirectedWriteTest {

    private static final int SLOTS = 8;
    private static final int SLOT_BYTES = 16;
    private static final StorageFaults MISDIRECTING = StorageFaults.builder().misdirectedWriteRate(0.05).build();

    /** A store of {@value #SLOTS} fixed slots, one sector each: checksum, value. */
    private record SlotStore(boolean checksumCoversAddress) implements StorageRuns.Program {

        @Override
        public Optional<String> run(SimMachine machine, SimFileSystem files) throws IOException {
            SimRandom workload = machine.context().fork("workload");
            files.create("slots");
            files.write("slots", 0, new byte[SLOTS * SLOT_BYTES]);
            files.fsync("slots");
            TreeMap<Integer, TreeSet<Long>> written = new TreeMap<>();
            for (long value = 1; value <= 30; value++) {
                int slot = (int) workload.between(0, SLOTS - 1);
                files.write("slots", (long) slot * SLOT_BYTES, encode(slot, value));
                files.fsync("slots");
                written.computeIfAbsent(slot, any -> new TreeSet<>()).add(value);
                for (int read = 0; read < SLOTS; read++) {
                    Optional<Long> found = decode(read, files.read("slots", (long) read * SLOT_BYTES, SLOT_BYTES));
                    if (found.isPresent() && !written.getOrDefault(read, new TreeSet<>()).contains(found.get())) {
                        return Optional.of("slot " + read + " returned " + found.get() + " with a good checksum, a value never "
                                + "written to it (it was written " + written.getOrDefault(read, new TreeSet<>()) + ")");
                    }
                }
            }
            return Optional.empty();
        }

        private byte[] encode(int slot, long value) {
            ByteBuffer bytes = ByteBuffer.allocate(SLOT_BYTES);
            bytes.putInt(0, (int) checksum(slot, value));
            bytes.putLong(4, value);
            return bytes.array();
        }

        /** The slot's value if its checksum holds; an all-zero or damaged slot reads as nothing. */
        private Optional<Long> decode(int slot, byte[] bytes) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            long value = buffer.getLong(4);
            return value != 0 && buffer.getInt(0) == (int) checksum(slot, value) ? Optional.of(value) : Optional.empty();
        }

        private long checksum(int slot, long value) {
            CRC32 crc = new CRC32();
            ByteBuffer covered = ByteBuffer.allocate(12).putLong(0, value);
            if (checksumCoversAddress) {
                covered.putInt(8, slot);
            }
            crc.update(covered.array());
            return crc.getValue();
        }
    }

    @Test
    void aChecksumWithoutTheAddressReturnsAMisdirectedValueAsGood() {
        assertThat(StorageRuns.violations(new SlotStore(false), SimMachine.Crashes.none(), SLOT_BYTES, MISDIRECTING))
                .as("the planted bug, misdirected writes on").isNotEmpty();
    }

    @Test
    void withoutMisdirectedWritesTheSameBugPasses() {
        assertThat(StorageRuns.violations(new SlotStore(false), SimMachine.Crashes.none(), SLOT_BYTES, StorageFaults.none()))
                .as("the planted bug, misdirected writes off").isEmpty();
    }

    @Test
    void aChecksumOverTheAddressTurnsMisdirectionIntoDetectedDamage() {
        assertThat(StorageRuns.violations(new SlotStore(true), SimMachine.Crashes.none(), SLOT_BYTES, MISDIRECTING))
                .as("the fixed store, misdirected writes on").isEmpty();
    }
}
