package dev.simscaffold.core.net;

import dev.simscaffold.core.Api;

/**
 * Implemented by a {@link SansIoNode} whose {@link DurableNodeFactory} restores it after a crash: the
 * network keeps what {@link #durableState()} returns at the crash and hands it to
 * {@link DurableNodeFactory#restore}; everything else the node held is lost, as in a real crash. It is the
 * cheap model of stable storage, for tests that want to say <em>what</em> survives; a node that must get
 * <em>how</em> it persists right (write, fsync, recover) runs on a simulated disk instead
 * ({@link DiskNodeFactory}).
 *
 * @param <D> the durable state, an immutable value
 */
@Api(Api.Status.STABLE)
public interface Durable<D> {

    /**
     * Returns what would survive a crash right now: only what the node has made durable, as an immutable
     * value (a bug that forgets to persist something shows up as lost state after restart).
     *
     * @return the durable state, not null
     */
    D durableState();
}
