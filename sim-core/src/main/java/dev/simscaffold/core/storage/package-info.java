/**
 * Simulated storage: a per-node {@link dev.simscaffold.core.storage.SimDisk} with explicit fsync
 * semantics, so a forgotten fsync loses data the way a real machine loses it.
 *
 * <p>Writes land in a volatile cache and {@code fsync} makes them durable; a
 * {@link dev.simscaffold.core.storage.CrashKind} decides what survives a node going down (a process crash
 * keeps the page cache, a power loss keeps only fsynced data, optionally a torn last write or random
 * survivors). {@link dev.simscaffold.core.fault.StorageFaults} adds I/O errors, latent corruption,
 * latency and a capacity limit, each decided by its own fork of the disk's stream, so under the property
 * engine every storage fault shrinks with the inputs. A {@link dev.simscaffold.core.storage.FaultAtlas} over a
 * cluster's disks keeps corruption and misdirected writes off all but a few disks in each region, so every block
 * keeps an intact copy somewhere, as a replicated protocol that repairs from its peers needs.
 *
 * <pre>{@code
 * SimDisk disk = new SimDisk("n1", StorageFaults.none(), context.fork("storage.n1"), trace);
 * disk.write(now, 0, record);
 * disk.fsync(now);
 * disk.handleTimeout(now);                      // latency 0: both complete now
 * disk.pollCompletion();                        // Written[op=0, offset=0, length=...]
 * disk.pollCompletion();                        // Synced[op=1]: safe to acknowledge
 * disk.crash(now, CrashKind.POWER_LOSS);        // the record survives
 * }</pre>
 */
package dev.simscaffold.core.storage;
