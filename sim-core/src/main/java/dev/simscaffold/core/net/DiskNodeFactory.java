package dev.simscaffold.core.net;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.storage.DiskContents;
import dev.simscaffold.core.storage.StorageIo;
import dev.simscaffold.core.time.LogicalTime;

/**
 * Creates a node that owns a disk: at the start of a run and again on every restart. The disk belongs to
 * the machine, not the process, so every incarnation gets a new {@link StorageIo} handle on the same disk
 * for its I/O, and the disk's contents as the crash left them, to recover from before it handles anything:
 * reading its log in the constructor, as a real process does at start, means a restarted node needs no
 * "recovering" state in which it cannot answer. The node type is bound to {@link StorageNode}, so a node
 * that cannot receive its disk's completions does not compile.
 *
 * @param <N> the node type
 */
@Api(Api.Status.STABLE)
@FunctionalInterface
public interface DiskNodeFactory<N extends StorageNode<?>> {

    /**
     * Creates a node with fresh volatile state on its machine's disk.
     *
     * @param id the node's address
     * @param random the node's own stream (a different fork for each incarnation)
     * @param now the node's current time
     * @param disk this incarnation's handle on the machine's disk, for I/O while it runs
     * @param recovered what a read of the disk returns at this moment: empty at the first start; after a
     *                  crash, what it left (unsynced writes lost by a power loss, torn sectors and all)
     * @return the node
     */
    N create(NodeId id, SimRandom random, LogicalTime now, StorageIo disk, DiskContents recovered);
}
