package org.acme.pipeline;

import dev.simscaffold.core.time.LogicalTime;

/**
 * What the stage knows between records; all of it is rebuilt from the last checkpoint after a restart.
 *
 * @param nextOffset the offset of the next record to process
 * @param uncheckpointed how many records were processed since the last checkpoint
 * @param checkpoints how many checkpoints were committed, the last one included
 * @param lastCheckpointAt the logical time of the last checkpoint boundary
 */
public record OrderTotalsState(long nextOffset, int uncheckpointed, long checkpoints, LogicalTime lastCheckpointAt) {

    /**
     * Rejects impossible counts and a missing time.
     *
     * @param nextOffset the next offset
     * @param uncheckpointed records since the last checkpoint
     * @param checkpoints checkpoints committed
     * @param lastCheckpointAt time of the last checkpoint
     */
    public OrderTotalsState {
        if (nextOffset < 0 || uncheckpointed < 0 || checkpoints < 0) {
            throw new IllegalArgumentException("offsets and counts must be >= 0, got nextOffset " + nextOffset
                    + ", uncheckpointed " + uncheckpointed + ", checkpoints " + checkpoints);
        }
        if (lastCheckpointAt == null) {
            throw new NullPointerException("lastCheckpointAt must not be null");
        }
    }

    /**
     * The state of a stage that restarts from a checkpoint.
     *
     * @param checkpoint the last durable checkpoint, or {@link Checkpoint#INITIAL}
     * @return the state, with nothing processed since the checkpoint
     */
    public static OrderTotalsState resumingFrom(Checkpoint checkpoint) {
        return new OrderTotalsState(checkpoint.nextOffset(), 0, checkpoint.number(), checkpoint.at());
    }

    /**
     * The state after processing one record.
     *
     * @param record the record processed
     * @return the state
     */
    public OrderTotalsState after(SourceRecord record) {
        return new OrderTotalsState(record.nextOffset(), uncheckpointed + 1, checkpoints, lastCheckpointAt);
    }

    /**
     * The checkpoint that would make this state durable, taken at {@code now}.
     *
     * @param now the time of the boundary
     * @return the next checkpoint
     */
    public Checkpoint nextCheckpoint(LogicalTime now) {
        return new Checkpoint(checkpoints + 1, nextOffset, now);
    }

    /**
     * The state once {@code checkpoint} is committed.
     *
     * @param checkpoint the checkpoint taken from this state
     * @return the state, with nothing waiting for a checkpoint
     */
    public OrderTotalsState checkpointed(Checkpoint checkpoint) {
        return new OrderTotalsState(nextOffset, 0, checkpoint.number(), checkpoint.at());
    }
}
