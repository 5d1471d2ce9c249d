package dev.simscaffold.core.net;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.storage.Completion;
import dev.simscaffold.core.time.LogicalTime;

/**
 * A {@link SansIoNode} that owns a simulated disk on a {@link SimNetwork}: it submits operations through
 * the {@link dev.simscaffold.core.storage.StorageIo} its {@link DiskNodeFactory} was given, and the network
 * hands back each outcome through {@link #handleCompletion}, one more {@code handle…} input. After it the
 * network polls the node as after any input: {@link #pollTransmit} until empty, then {@link #pollTimeout}.
 *
 * <p>Completions arrive in submission order, at network time plus the disk's latency. A paused node gets
 * them, in order, when it resumes; a crashed node never gets the completions of the operations it had in
 * flight, so it cannot tell whether they happened (see {@link dev.simscaffold.core.storage.CrashKind}).
 *
 * @param <M> the message type
 */
@Api(Api.Status.STABLE)
public interface StorageNode<M> extends SansIoNode<M> {

    /**
     * Handles the outcome of one disk operation this incarnation submitted.
     *
     * @param completion what happened, carrying the operation's id
     * @param now the node's current time
     */
    void handleCompletion(Completion completion, LogicalTime now);
}
