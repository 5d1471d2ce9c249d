package dev.simscaffold.core.storage;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.trace.Trace;

/** The crash-free contract on the simulated file system, on a machine that never goes down by itself. */
class SimFileSystemContractTest extends FileSystemContract {

    @Override
    FileSystem fileSystem() {
        SimMachine machine = new SimMachine(new SimContext(7), Trace.full(), SimMachine.Crashes.none());
        return machine.fileSystem("data", StorageFaults.builder().minLatencyTicks(0).maxLatencyTicks(3).build());
    }
}
