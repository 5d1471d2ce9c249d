package org.acme.pipeline;

/**
 * What the logic asks the driver to do, in order. The order is the safety argument: a
 * {@link CommitCheckpoint} always follows a {@link SyncOutputs}, so no checkpoint names a record whose
 * output (or quarantine entry) is not yet durable.
 */
public sealed interface OrderTotalsEffect {

    /**
     * Write an output to the sink; a sink that already holds the offset drops it.
     *
     * @param output the output
     */
    record Emit(OutputRecord output) implements OrderTotalsEffect {
    }

    /**
     * Write a record that could not be processed to the quarantine.
     *
     * @param record the record and why it was refused
     */
    record Quarantine(QuarantinedRecord record) implements OrderTotalsEffect {
    }

    /** Make everything written to the sink and the quarantine durable (fsync both). */
    record SyncOutputs() implements OrderTotalsEffect {
    }

    /**
     * Make a checkpoint durable: after a crash the stage resumes from it.
     *
     * @param checkpoint the checkpoint
     */
    record CommitCheckpoint(Checkpoint checkpoint) implements OrderTotalsEffect {
    }
}
