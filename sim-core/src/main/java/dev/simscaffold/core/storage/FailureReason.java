package dev.simscaffold.core.storage;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.fault.StorageFaults;

/** Why a disk operation failed. */
@Api(Api.Status.STABLE)
public enum FailureReason {
    /** An injected I/O error ({@link StorageFaults#writeErrorRate()} and its siblings). */
    IO_ERROR,
    /** A write would end beyond {@link StorageFaults#capacityBytes()}; it stored nothing. */
    DISK_FULL
}
