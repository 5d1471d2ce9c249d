package dev.simscaffold.core.net;

/**
 * Optionally implemented by a {@link SansIoNode} that keeps state on simulated stable storage. When such
 * a node crashes, the network keeps what {@link #durableState()} returns and hands it to
 * {@link NodeFactory#restore} on restart; everything else the node held is lost, as in a real crash.
 * Nodes that are not {@code Durable} restart from {@link NodeFactory#create}.
 */
public interface Durable {

    /**
     * Returns what would survive a crash right now: only what the node has made durable, as an
     * immutable value (a bug that forgets to persist something shows up as lost state after restart).
     *
     * @return the durable state, not null
     */
    Object durableState();
}
