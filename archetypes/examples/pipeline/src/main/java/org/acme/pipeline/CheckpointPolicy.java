package org.acme.pipeline;

/**
 * When the stage takes a checkpoint: after every {@code everyRecords} records, or once {@code everyTicks}
 * ticks of logical time have passed since the last one while records are waiting for it, whichever comes
 * first. Fewer checkpoints mean fewer fsyncs and more records replayed after a crash.
 *
 * @param everyRecords records between checkpoints, {@code >= 1}
 * @param everyTicks logical ticks after which waiting records are checkpointed, {@code >= 1}
 */
public record CheckpointPolicy(int everyRecords, long everyTicks) {

    /** The policy chosen when this module was generated. */
    public static final CheckpointPolicy DEFAULT = new CheckpointPolicy(5, 50);

    /**
     * Rejects intervals that would never or always checkpoint.
     *
     * @param everyRecords records between checkpoints
     * @param everyTicks ticks between checkpoints
     */
    public CheckpointPolicy {
        if (everyRecords < 1) {
            throw new IllegalArgumentException("everyRecords must be >= 1, got " + everyRecords);
        }
        if (everyTicks < 1) {
            throw new IllegalArgumentException("everyTicks must be >= 1, got " + everyTicks);
        }
    }
}
