package org.acme.pipeline;

/**
 * What the stage writes to its sink for one valid source record. It is keyed by the source offset, which
 * makes writing it idempotent: a sink that already holds an output for this offset drops the repeat, so
 * replaying records after a restart cannot produce a second copy.
 *
 * @param offset the offset of the source record it was computed from
 * @param value the computed output
 */
public record OutputRecord(long offset, String value) {

    /**
     * Rejects a negative offset and a missing value.
     *
     * @param offset the source record's offset
     * @param value the output
     */
    public OutputRecord {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, got " + offset);
        }
        if (value == null) {
            throw new NullPointerException("value of the output for offset " + offset + " must not be null");
        }
    }
}
