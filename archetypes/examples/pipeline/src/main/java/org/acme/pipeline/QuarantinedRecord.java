package org.acme.pipeline;

/**
 * A source record the stage could not process, kept with the reason so that someone can repair and replay
 * it. Like an output it is keyed by the source offset, so quarantining is idempotent too.
 *
 * @param offset the source record's offset
 * @param text the record's text, exactly as read
 * @param reason why the record was refused, naming the offending value
 */
public record QuarantinedRecord(long offset, String text, String reason) {

    /**
     * Rejects a negative offset and missing parts.
     *
     * @param offset the source record's offset
     * @param text the record's text
     * @param reason why it was refused
     */
    public QuarantinedRecord {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, got " + offset);
        }
        if (text == null || reason == null) {
            throw new NullPointerException("text and reason of the quarantined record at offset " + offset + " must not be null");
        }
    }
}
