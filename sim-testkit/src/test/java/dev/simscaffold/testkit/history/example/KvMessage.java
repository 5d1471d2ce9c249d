package dev.simscaffold.testkit.history.example;

import dev.simscaffold.core.history.KvOp;

/** The messages of the replicated key-value store. */
sealed interface KvMessage {

    /** A client asks a replica to perform an operation; {@code id} matches the reply to it. */
    record Request(int id, KvOp op) implements KvMessage {
    }

    /** A replica's answer: the value read, or {@code null} for a write. */
    record Reply(int id, Long value) implements KvMessage {
    }

    /** The primary tells a backup about a write, numbered so that a backup never goes back. */
    record Replicate(String key, long value, long version) implements KvMessage {
    }
}
