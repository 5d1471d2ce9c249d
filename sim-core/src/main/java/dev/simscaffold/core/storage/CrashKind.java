package dev.simscaffold.core.storage;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.fault.StorageFaults;

/**
 * How a node went down, which decides what its {@link SimDisk} keeps. Both kinds lose every operation
 * still in flight (submitted, not completed) and every completion not yet polled: the process that would
 * have received them is gone.
 */
@Api(Api.Status.STABLE)
public enum CrashKind {
    /**
     * The process died and the machine kept running: the operating system's page cache survives, so every
     * completed write is still readable after restart, synced or not. Unsynced writes stay unsynced, so a
     * later {@link #POWER_LOSS} can still lose them. A forgotten fsync is invisible under this kind alone.
     */
    PROCESS_CRASH,
    /**
     * The machine lost power: only fsynced data survives. Each unsynced write survives independently with
     * {@link StorageFaults#unsyncedSurvivalRate()} (default: none do), and with
     * {@link StorageFaults#tornWriteRate()} the last unsynced write persists only a prefix of its sectors.
     */
    POWER_LOSS
}
