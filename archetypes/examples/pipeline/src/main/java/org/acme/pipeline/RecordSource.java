package org.acme.pipeline;

import java.util.List;

/**
 * Where the stage reads its records: an I/O boundary. Its implementation lives in the {@code adapter}
 * package, over sim-core's file-system port, so the tests run it on a simulated file system with faults;
 * the logic never sees it.
 */
public interface RecordSource {

    /**
     * Reads the records that start at {@code offset}, in order, each one's {@code nextOffset} being the
     * next one's {@code offset}.
     *
     * @param offset where to start: {@code 0} or a {@code nextOffset} this source returned
     * @param maxRecords the most records to return, {@code >= 1}
     * @return up to {@code maxRecords} records, empty when the source has no complete record at
     *         {@code offset} (yet)
     * @throws StageIoException if the read failed
     */
    List<SourceRecord> read(long offset, int maxRecords) throws StageIoException;
}
