package org.acme.pipeline;

/**
 * What the driver tells the logic: a record arrived, or the source has nothing more for now.
 */
public sealed interface OrderTotalsInput {

    /**
     * The source delivered the record at the stage's next offset.
     *
     * @param record the record
     */
    record RecordRead(SourceRecord record) implements OrderTotalsInput {
    }

    /** The source has no record at the stage's next offset: a chance to checkpoint what is waiting. */
    record SourceIdle() implements OrderTotalsInput {
    }
}
