package org.acme.pipeline;

import dev.simscaffold.core.storage.SimFileSystem;
import java.util.List;
import java.util.Optional;

/**
 * What the invariants look at: the input with its expectations, what the sinks hold, both as a running
 * process reads them (the page cache) and as a power loss would leave them (the durable contents), and the
 * checkpoint a power loss would leave.
 *
 * @param input the run's input
 * @param outputs the sink's valid frames, as reads see them
 * @param durableOutputs the sink's valid frames that are durable
 * @param quarantined the quarantine's valid frames, as reads see them
 * @param durableQuarantined the quarantine's valid frames that are durable
 * @param durableCheckpoint the checkpoint a power loss would leave, if it is whole
 * @param durableCheckpointBytes the durable checkpoint file's bytes, if the durable directory names one
 * @param finished whether the stage has drained its input and the run is over
 */
record StageView(SourceFile input, List<RecordFrames.Frame> outputs, List<RecordFrames.Frame> durableOutputs,
        List<RecordFrames.Frame> quarantined, List<RecordFrames.Frame> durableQuarantined,
        Optional<Checkpoint> durableCheckpoint, Optional<byte[]> durableCheckpointBytes, boolean finished) {

    /**
     * Reads the machine's disk directly, as only a test may.
     *
     * @param input the run's input
     * @param disk the disk
     * @param finished whether the run is over
     * @return the view
     */
    static StageView of(SourceFile input, SimFileSystem disk, boolean finished) {
        Optional<byte[]> checkpoint = disk.durableContents(OrderTotalsSimulation.CHECKPOINT);
        return new StageView(input, frames(disk.cachedContents(OrderTotalsSimulation.OUTPUTS)),
                frames(disk.durableContents(OrderTotalsSimulation.OUTPUTS)),
                frames(disk.cachedContents(OrderTotalsSimulation.QUARANTINE)),
                frames(disk.durableContents(OrderTotalsSimulation.QUARANTINE)),
                checkpoint.flatMap(Checkpoint::decode).filter(decoded -> checkpoint.get().length == Checkpoint.ENCODED_BYTES),
                checkpoint, finished);
    }

    private static List<RecordFrames.Frame> frames(Optional<byte[]> file) {
        return file.map(bytes -> RecordFrames.decode(bytes).frames()).orElse(List.of());
    }

    /**
     * Whether the sink holds an output that no durable checkpoint covers yet: a crash now replays it.
     *
     * @return true if so
     */
    boolean outputsAwaitCheckpoint() {
        long covered = durableCheckpoint.map(Checkpoint::nextOffset).orElse(0L);
        return outputs.stream().anyMatch(frame -> frame.key() >= covered);
    }
}
