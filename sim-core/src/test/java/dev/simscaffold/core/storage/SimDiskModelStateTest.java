package dev.simscaffold.core.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.Trace;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A disk's model state and saved state: two disks whose reads see the same bytes but whose durable images
 * differ have different states (a power loss tells them apart); times are relative to the base given; a saved
 * state put back makes the disk behave as it did, including what a power loss keeps.
 */
class SimDiskModelStateTest {

    private static final byte[] X = {7, 7, 7, 7};

    private static SimDisk disk(String name) {
        return new SimDisk(name, StorageFaults.builder().minLatencyTicks(1).maxLatencyTicks(1).build(), SimRandom.seeded(1), Trace.full());
    }

    /** Completes what is due at {@code at} and polls every completion; returns how many there were. */
    private static int completeAll(SimDisk disk, long at) {
        disk.handleTimeout(LogicalTime.of(at));
        int polled = 0;
        while (disk.pollCompletion().isPresent()) {
            polled++;
        }
        return polled;
    }

    @Test
    void theSameCacheWithAnotherDurableImageIsAnotherState() {
        SimDisk synced = disk("a");
        synced.write(LogicalTime.ZERO, 0, X);
        synced.fsync(LogicalTime.ZERO);
        assertEquals(2, completeAll(synced, 1));
        SimDisk unsynced = disk("a");
        unsynced.write(LogicalTime.ZERO, 0, X);
        unsynced.read(LogicalTime.ZERO, 0, 4);
        completeAll(unsynced, 1);
        assertArrayEquals(synced.cachedContents(), unsynced.cachedContents(), "reads see the same bytes");
        assertNotEquals(synced.modelState(0), unsynced.modelState(0));
        synced.crash(LogicalTime.of(2), CrashKind.POWER_LOSS);
        unsynced.crash(LogicalTime.of(2), CrashKind.POWER_LOSS);
        assertArrayEquals(X, synced.cachedContents());
        assertArrayEquals(new byte[0], unsynced.cachedContents(), "the unsynced write is lost");
    }

    @Test
    void operationsInFlightAreKeyedRelativeToTheBase() {
        SimDisk early = disk("a");
        early.write(LogicalTime.of(3), 0, X);
        SimDisk late = disk("a");
        late.write(LogicalTime.of(10), 0, X);
        assertNotEquals(early.modelState(0), late.modelState(0));
        assertEquals(early.modelState(3), late.modelState(10));
    }

    @Test
    void aSavedStateRestoresWhatAPowerLossKeeps() {
        SimDisk disk = disk("a");
        disk.write(LogicalTime.ZERO, 0, X);
        completeAll(disk, 1);
        SimDisk.Saved saved = disk.save();
        Object before = disk.modelState(0);
        disk.fsync(LogicalTime.of(1));
        completeAll(disk, 2);
        disk.crash(LogicalTime.of(3), CrashKind.POWER_LOSS);
        assertArrayEquals(X, disk.durableContents());
        disk.restore(saved);
        assertEquals(before, disk.modelState(0));
        disk.crash(LogicalTime.of(3), CrashKind.POWER_LOSS);
        assertArrayEquals(new byte[0], disk.cachedContents(), "restored, the write is unsynced again and a power loss drops it");
    }

    /**
     * The disk keeps the parts of its model state between changes, so that the states of a search share them; every
     * operation must drop what it changes. A twin driven the same way but asked only at the end renders afresh:
     * after each operation (submit, completion, poll, fsync, crash, power loss, restore) the asked disk's value
     * equals the twin's, and while nothing changes the same instance comes back.
     */
    @Test
    void theKeptModelStateIsDroppedByEveryChange() {
        SimDisk asked = disk("a");
        List<Consumer<SimDisk>> operations = List.of(
                disk -> disk.write(LogicalTime.ZERO, 0, X),
                disk -> disk.handleTimeout(LogicalTime.of(1)),
                disk -> disk.pollCompletion(),
                disk -> disk.fsync(LogicalTime.of(1)),
                disk -> disk.write(LogicalTime.of(1), 4, X),
                disk -> disk.handleTimeout(LogicalTime.of(2)),
                disk -> disk.pollCompletion(),
                disk -> disk.pollCompletion(),
                disk -> disk.read(LogicalTime.of(2), 0, 8),
                disk -> disk.crash(LogicalTime.of(2), CrashKind.PROCESS_CRASH),
                disk -> disk.write(LogicalTime.of(3), 8, X),
                disk -> disk.handleTimeout(LogicalTime.of(4)),
                disk -> disk.crash(LogicalTime.of(4), CrashKind.POWER_LOSS));
        for (int done = 1; done <= operations.size(); done++) {
            operations.get(done - 1).accept(asked);
            SimDisk twin = disk("a");
            SimDisk laterTwin = disk("a");
            operations.subList(0, done).forEach(operation -> {
                operation.accept(twin);
                operation.accept(laterTwin);
            });
            List<Object> kept = asked.modelState(0);
            assertEquals(twin.modelState(0), kept, "after operation " + done);
            assertSame(kept, asked.modelState(0), "unchanged, the kept value comes back");
            assertEquals(laterTwin.modelState(5), asked.modelState(5), "another time base, after operation " + done);
            assertEquals(kept, asked.modelState(0), "back to the first base, after operation " + done);
        }
        SimDisk.Saved saved = asked.save();
        List<Object> atSave = asked.modelState(0);
        asked.write(LogicalTime.of(5), 0, X);
        assertNotEquals(atSave, asked.modelState(0));
        asked.restore(saved);
        assertEquals(atSave, asked.modelState(0));
    }

    @Test
    void aDiskRestoresOnlyItsOwnState() {
        SimDisk.Saved saved = disk("a").save();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> disk("b").restore(saved));
        assertTrue(refused.getMessage().contains("disk b") && refused.getMessage().contains("disk a"), refused.getMessage());
    }
}
