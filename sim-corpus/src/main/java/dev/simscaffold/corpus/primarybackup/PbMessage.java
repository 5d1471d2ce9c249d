package dev.simscaffold.corpus.primarybackup;

import dev.simscaffold.core.history.KvOp;

/** The messages of the primary-backup key-value store. */
public sealed interface PbMessage {

    /**
     * A client asks a replica to perform an operation.
     *
     * @param id matches the reply to the request
     * @param op the operation
     */
    record Request(int id, KvOp op) implements PbMessage {
    }

    /**
     * A replica's answer.
     *
     * @param id the request's id
     * @param value the value read, or {@code null} for a write
     */
    record Reply(int id, Long value) implements PbMessage {
    }

    /**
     * The primary tells a backup about a write, numbered so that a backup never goes back.
     *
     * @param key the key written
     * @param value the value
     * @param version the primary's write number, from 1
     */
    record Replicate(String key, long value, long version) implements PbMessage {
    }
}
