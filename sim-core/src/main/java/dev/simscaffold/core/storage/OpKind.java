package dev.simscaffold.core.storage;

import dev.simscaffold.core.Api;

/** The operations a node can submit to its {@link SimDisk}. */
@Api(Api.Status.STABLE)
public enum OpKind {
    /** Store bytes at an offset, in the volatile cache until an fsync. */
    WRITE,
    /** Make every write completed before it durable. */
    FSYNC,
    /** Read bytes at an offset, as the cache sees them (the durable data overlaid with unsynced writes). */
    READ
}
