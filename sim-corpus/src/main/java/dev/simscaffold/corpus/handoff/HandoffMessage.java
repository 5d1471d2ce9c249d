package dev.simscaffold.corpus.handoff;

/** What the nodes of the hand-off say to each other; every message carries the epoch it is about. */
public sealed interface HandoffMessage {

    /**
     * The epoch the message is about.
     *
     * @return the epoch
     */
    long epoch();

    /**
     * The old primary gives the role to its successor, for {@code epoch}, one more than its own.
     *
     * @param epoch the successor's epoch
     */
    record Transfer(long epoch) implements HandoffMessage {
    }

    /**
     * The successor took the transfer of {@code epoch}.
     *
     * @param epoch the epoch taken
     */
    record Ack(long epoch) implements HandoffMessage {
    }

    /**
     * The primary of {@code epoch} is alive; followers note the highest epoch they heard of.
     *
     * @param epoch the primary's epoch
     */
    record Heartbeat(long epoch) implements HandoffMessage {
    }
}
