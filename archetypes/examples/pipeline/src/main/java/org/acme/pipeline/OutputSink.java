package org.acme.pipeline;

/**
 * Where the stage writes its outputs: an I/O boundary whose writes are idempotent by source offset, which
 * is what makes replaying records after a crash exactly-once (see the package documentation for why this
 * and not a transactional commit).
 */
public interface OutputSink {

    /**
     * Writes an output unless the sink already holds one for its offset. The write need not be durable
     * until {@link #sync()} returns.
     *
     * @param output the output
     * @throws StageIoException if the write failed
     */
    void write(OutputRecord output) throws StageIoException;

    /**
     * Makes every write so far durable (an fsync); only then may a checkpoint name them.
     *
     * @throws StageIoException if the sync failed: the unsynced writes may be lost
     */
    void sync() throws StageIoException;
}
