package org.acme.pipeline;

/**
 * One record as the source delivered it: its position, the position of the record after it, and its text.
 * Positions are byte offsets into the source, so a checkpoint that names one can resume any file-like source
 * without re-reading what came before; the next position is carried rather than computed because the text
 * may have been decoded from bytes that were not valid UTF-8.
 *
 * @param offset where the record starts, {@code >= 0}
 * @param nextOffset where the next record starts, {@code > offset}
 * @param text the record without its line terminator
 */
public record SourceRecord(long offset, long nextOffset, String text) {

    /**
     * Rejects impossible positions and a missing text.
     *
     * @param offset where the record starts
     * @param nextOffset where the next record starts
     * @param text the record's text
     */
    public SourceRecord {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, got " + offset);
        }
        if (nextOffset <= offset) {
            throw new IllegalArgumentException("nextOffset must be > offset " + offset + ", got " + nextOffset);
        }
        if (text == null) {
            throw new NullPointerException("text of the record at offset " + offset + " must not be null");
        }
    }
}
