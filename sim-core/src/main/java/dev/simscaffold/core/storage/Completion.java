package dev.simscaffold.core.storage;

import dev.simscaffold.core.Api;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The outcome of one disk operation, delivered by {@link SimDisk#pollCompletion()} at the tick the
 * operation completed. Every operation gets exactly one completion, unless a crash intervenes; then it
 * gets none, and the node cannot tell whether a write reached the cache (it did not).
 */
@Api(Api.Status.STABLE)
public sealed interface Completion {

    /**
     * The id that {@link SimDisk} returned when the operation was submitted.
     *
     * @return the operation's id, increasing from 0 in submission order
     */
    long op();

    /**
     * A write reached the volatile cache: reads see it, a process crash keeps it, a power loss may not.
     *
     * @param op the operation's id
     * @param offset where the bytes were written
     * @param length how many bytes were written
     */
    record Written(long op, long offset, int length) implements Completion {
    }

    /**
     * An fsync completed: every write completed before it is durable.
     *
     * @param op the operation's id
     */
    record Synced(long op) implements Completion {
    }

    /**
     * A read completed. Bytes never written read as zero.
     *
     * @param op the operation's id
     * @param offset where the read started
     * @param data the bytes read (the record keeps its own copy; compared by content)
     */
    record Read(long op, long offset, byte[] data) implements Completion {

        /**
         * Copies the data so the record is a value.
         *
         * @param op the operation's id
         * @param offset where the read started
         * @param data the bytes read
         */
        public Read {
            data = Objects.requireNonNull(data, "data must not be null").clone();
        }

        /**
         * The bytes read.
         *
         * @return a copy, so the completion stays a value
         */
        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Read read && read.op == op && read.offset == offset && Arrays.equals(read.data, data);
        }

        @Override
        public int hashCode() {
            return Objects.hash(op, offset, Arrays.hashCode(data));
        }

        @Override
        public String toString() {
            return "Read[op=" + op + ", offset=" + offset + ", data=" + HexFormat.of().formatHex(data) + "]";
        }
    }

    /**
     * An operation failed. A failed write stored nothing; after a failed fsync every unsynced write is
     * gone from the cache, so a node that retries the fsync without rewriting has lost that data.
     *
     * @param op the operation's id
     * @param kind which operation failed
     * @param reason why
     */
    record Failed(long op, OpKind kind, FailureReason reason) implements Completion {
    }
}
