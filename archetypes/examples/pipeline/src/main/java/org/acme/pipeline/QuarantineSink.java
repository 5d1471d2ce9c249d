package org.acme.pipeline;

/**
 * Where records that cannot be processed go, with the reason (a dead-letter queue): an I/O boundary,
 * idempotent by source offset like the {@link OutputSink}, and synced before every checkpoint like it.
 */
public interface QuarantineSink {

    /**
     * Keeps a refused record unless the quarantine already holds its offset. The write need not be durable
     * until {@link #sync()} returns.
     *
     * @param record the record and the reason
     * @throws StageIoException if the write failed
     */
    void quarantine(QuarantinedRecord record) throws StageIoException;

    /**
     * Makes every write so far durable (an fsync).
     *
     * @throws StageIoException if the sync failed: the unsynced writes may be lost
     */
    void sync() throws StageIoException;
}
