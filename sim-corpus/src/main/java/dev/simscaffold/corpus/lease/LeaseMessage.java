package dev.simscaffold.corpus.lease;

/**
 * The messages of the lease protocol: clients ask the lock server ({@code node-0}) for the lease and write to
 * the storage ({@code node-1}) with the lease's fencing token.
 */
public sealed interface LeaseMessage {

    /** A client asks for the lease. */
    record Acquire() implements LeaseMessage {
    }

    /**
     * The lock server grants the lease.
     *
     * @param token the fencing token, larger than every token granted before
     * @param durationTicks how long the lease lasts from the grant, by the lock server's clock
     */
    record Grant(long token, long durationTicks) implements LeaseMessage {
    }

    /** The lock server refuses: another client holds an unexpired lease. */
    record Denied() implements LeaseMessage {
    }

    /**
     * The holder gives the lease back.
     *
     * @param token the lease's token
     */
    record Release(long token) implements LeaseMessage {
    }

    /**
     * A holder writes to the storage.
     *
     * @param token the holder's fencing token
     * @param value what to write
     */
    record Write(long token, long value) implements LeaseMessage {
    }

    /**
     * The storage's answer to a write.
     *
     * @param token the write's token
     * @param accepted false when the token was older than one the storage had seen
     */
    record WriteAck(long token, boolean accepted) implements LeaseMessage {
    }
}
