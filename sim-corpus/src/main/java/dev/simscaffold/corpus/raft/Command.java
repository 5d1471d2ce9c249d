package dev.simscaffold.corpus.raft;

import dev.simscaffold.core.history.KvOp;
import dev.simscaffold.core.net.NodeId;
import java.util.Objects;

/**
 * A client's operation as it travels to the leader and into the log. A client retries an operation with
 * the same {@code session} and {@code seq}, so the state machine can apply it once however many copies
 * reach the log (Raft §8).
 *
 * @param client the client's name in the history
 * @param session this client incarnation's session, drawn at random when it starts
 * @param seq the operation's number within the session, from 1
 * @param replyTo where the leader that applies it sends the result
 * @param op the key-value operation (reads go through the log too)
 */
public record Command(String client, long session, long seq, NodeId replyTo, KvOp op) {

    /**
     * Rejects missing parts.
     *
     * @param client the client's name
     * @param session the session
     * @param seq the operation's number
     * @param replyTo the client's address
     * @param op the operation
     */
    public Command {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(replyTo, "replyTo");
        Objects.requireNonNull(op, "op");
    }
}
