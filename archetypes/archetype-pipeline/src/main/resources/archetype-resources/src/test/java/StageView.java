package ${package};

import dev.simscaffold.core.storage.SimDisk;
import java.util.List;
import java.util.Optional;

/**
 * What the invariants look at: the input with its expectations and what the sinks hold, both as a running
 * process reads them (the cache) and as a power loss would leave them (the durable contents).
 *
 * @param input the run's input
 * @param outputs the sink's valid frames, as reads see them
 * @param durableOutputs the sink's valid frames that are durable
 * @param quarantined the quarantine's valid frames, as reads see them
 * @param durableQuarantined the quarantine's valid frames that are durable
 * @param committing the checkpoint about to be written, when the view is taken at a commit
 * @param finished whether the stage has drained its input and the run is over
 */
record StageView(SourceFile input, List<RecordFrames.Frame> outputs, List<RecordFrames.Frame> durableOutputs,
        List<RecordFrames.Frame> quarantined, List<RecordFrames.Frame> durableQuarantined,
        Optional<Checkpoint> committing, boolean finished) {

    /**
     * Reads the machine's sink and quarantine disks directly, as only a test may.
     *
     * @param input the run's input
     * @param machine the machine
     * @param committing the checkpoint about to be written, if any
     * @param finished whether the run is over
     * @return the view
     */
    static StageView of(SourceFile input, SimMachine machine, Optional<Checkpoint> committing, boolean finished) {
        return new StageView(input, cached(machine.sink()), durable(machine.sink()),
                cached(machine.quarantine()), durable(machine.quarantine()), committing, finished);
    }

    private static List<RecordFrames.Frame> cached(SimDisk disk) {
        return RecordFrames.decode(disk.cachedContents()).frames();
    }

    private static List<RecordFrames.Frame> durable(SimDisk disk) {
        return RecordFrames.decode(disk.durableContents()).frames();
    }
}
