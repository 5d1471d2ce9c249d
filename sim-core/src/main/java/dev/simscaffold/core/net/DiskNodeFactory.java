package dev.simscaffold.core.net;

import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.storage.StorageIo;

/**
 * Creates a node that owns a disk: at the start of a run and again on every restart. The disk belongs to
 * the machine, not the process, so every incarnation gets a new {@link StorageIo} handle on the same disk
 * and recovers by reading what the crash left there. A node made this way must implement
 * {@link StorageNode} to receive its completions; {@link Durable} is ignored for it, since its disk is what
 * survives.
 *
 * @param <N> the node type
 */
@FunctionalInterface
public interface DiskNodeFactory<N> {

    /**
     * Creates a node with fresh volatile state on its machine's disk.
     *
     * @param id the node's address
     * @param random the node's own stream (a different fork for each incarnation)
     * @param disk this incarnation's handle on the machine's disk
     * @return the node
     */
    N create(NodeId id, SimRandom random, StorageIo disk);
}
