package dev.simscaffold.core.storage;

import dev.simscaffold.core.Api;

/**
 * A node's handle on its disk: what it may ask of storage, and nothing else. Each call submits one
 * operation at the driver's current time and returns the operation's id at once; the outcome arrives later
 * as a {@link Completion} carrying that id (on a {@code SimNetwork}, through
 * {@code StorageNode.handleCompletion}). The handle performs no I/O and reads no clock, so node code that
 * uses it stays sans-IO; in production {@link dev.simscaffold.core.storage.nio.NioStorageIo} implements it over a
 * real file.
 *
 * <p>A handle belongs to one incarnation of a node: once the node crashes, its handle refuses further
 * operations, and the restarted node gets a new one on the same disk.
 */
@Api(Api.Status.STABLE)
public interface StorageIo {

    /**
     * Submits a write of {@code data} at {@code offset}; it reaches the volatile cache when it completes.
     *
     * @param offset where to write, {@code >= 0}
     * @param data the bytes (copied)
     * @return the operation's id
     */
    long write(long offset, byte[] data);

    /**
     * Submits an fsync: when it completes with {@code Synced}, every write submitted before it is durable.
     *
     * @return the operation's id
     */
    long fsync();

    /**
     * Submits a read of {@code length} bytes at {@code offset}, answered from the cache when it completes.
     *
     * @param offset where to read, {@code >= 0}
     * @param length how many bytes, {@code >= 0}
     * @return the operation's id
     */
    long read(long offset, int length);

    /**
     * The file's length as the operating system reports it: how far completed writes reach, which is how
     * much a recovering node reads.
     *
     * @return the size in bytes
     */
    long size();
}
