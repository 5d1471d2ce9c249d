package dev.simscaffold.core.storage;

import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.Trace;
import java.util.Optional;

/** The {@link StorageIo} contract on a fault-free {@link SimDisk}, each operation completed as it is submitted. */
class SimStorageIoContractTest extends StorageIoContract {

    private SimDisk disk;

    @Override
    StorageIo io() {
        disk = new SimDisk("n1", StorageFaults.none(), SimRandom.seeded(1), Trace.full());
        return new StorageIo() {
            @Override
            public long write(long offset, byte[] data) {
                return completed(disk.write(LogicalTime.ZERO, offset, data));
            }

            @Override
            public long fsync() {
                return completed(disk.fsync(LogicalTime.ZERO));
            }

            @Override
            public long read(long offset, int length) {
                return completed(disk.read(LogicalTime.ZERO, offset, length));
            }

            @Override
            public long size() {
                return disk.size();
            }

            private long completed(long op) {
                disk.handleTimeout(LogicalTime.ZERO);
                return op;
            }
        };
    }

    @Override
    Optional<Completion> poll() {
        return disk.pollCompletion();
    }
}
