package dev.simscaffold.core.storage;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.internal.FileNames;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.EventKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The simulated {@link FileSystem}: one directory of files on a {@link SimMachine}, deterministic, every fault
 * a recorded draw. It keeps two states: what reads see (the page cache) and what a power loss would leave,
 * plus the operations in between, and at a power loss it picks among the outcomes the port's crash semantics
 * allow:
 * <ul>
 *   <li>each unsynced data operation of a file persists independently with
 *       {@link StorageFaults#unsyncedSurvivalRate()} (default: none does), applied in order; then, with
 *       {@link StorageFaults#tornWriteRate()}, the file's last unsynced write persists torn, as a prefix of
 *       whole sectors drawn uniformly (possibly none) over the bytes durable before;</li>
 *   <li>the unsynced directory operations persist as a prefix: walking them in order, each persists with
 *       {@code unsyncedSurvivalRate} and the first that does not ends the walk, so a lost operation takes every
 *       later one with it;</li>
 *   <li>with {@link StorageFaults#pendingWriteCorruptionRate()}, an unsynced write that did not persist leaves
 *       garbage over its target bytes within the durable file;</li>
 *   <li>a file whose name did not persist is gone with its data; a rename persists whole or not at all.</li>
 * </ul>
 * Beyond the port's contract, as a faulty disk would: with {@link StorageFaults#misdirectedWriteRate()} a write
 * lands on another sector-aligned offset of the file and reports success, and with
 * {@link StorageFaults#slowOperationRate()} an operation stalls {@link StorageFaults#slowOperationTicks()} beyond
 * its latency, the tail of the latency distribution.
 * A process crash changes nothing (the page cache survives). Operations draw I/O errors
 * ({@link StorageFaults#readErrorRate()} per read, {@link StorageFaults#writeErrorRate()} per write, append and
 * truncate, storing nothing; {@link StorageFaults#fsyncErrorRate()} per fsync, which then discards the file's
 * unsynced operations), bit flips ({@link StorageFaults#corruptionRate()} per write) and latency, each from its
 * own fork of the file system's stream; a write ending past {@link StorageFaults#capacityBytes()} fails as disk
 * full. Metadata queries ({@link #exists}, {@link #size}, {@link #list}) are free: no crash point, no fault.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class SimFileSystem implements FileSystem {

    private sealed interface DirectoryOp permits Link, Rename, Unlink {
    }

    private record Link(String name, SimFile file) implements DirectoryOp {
    }

    private record Rename(String from, String to) implements DirectoryOp {
    }

    private record Unlink(String name) implements DirectoryOp {
    }

    private final SimMachine machine;
    private final String name;
    private final int sectorBytes;
    private final StorageFaults faults;
    private final SimRandom latency;
    private final SimRandom writeErrors;
    private final SimRandom fsyncErrors;
    private final SimRandom readErrors;
    private final SimRandom corruption;
    private final SimRandom survival;
    private final SimRandom tearing;
    private final SimRandom directory;
    private final SimRandom misdirection;
    private final SimRandom pendingCorruption;
    private final SimRandom slowness;
    private final NavigableMap<String, SimFile> names = new TreeMap<>();
    private final NavigableMap<String, SimFile> durableNames = new TreeMap<>();
    private final List<DirectoryOp> unsyncedDirectory = new ArrayList<>();
    private long nextFile;
    private long version;

    SimFileSystem(SimMachine machine, String name, int sectorBytes, StorageFaults faults, SimRandom random) {
        this.machine = machine;
        this.name = name;
        this.sectorBytes = sectorBytes;
        this.faults = faults;
        if (faults.hasAtlas()) {
            throw new IllegalArgumentException("a fault atlas spans a cluster's disks, and file system " + name + " is one machine's: "
                    + "atlasRegionBytes=" + faults.atlasRegionBytes() + " applies to a SimNetwork's node disks only");
        }
        latency = random.fork("latency");
        writeErrors = random.fork("writeError");
        fsyncErrors = random.fork("fsyncError");
        readErrors = random.fork("readError");
        corruption = random.fork("corruption");
        survival = random.fork("survival");
        tearing = random.fork("torn");
        directory = random.fork("directory");
        misdirection = random.fork("misdirection");
        pendingCorruption = random.fork("pendingCorruption");
        slowness = random.fork("slow");
    }

    /**
     * The file system's name, as the trace and the counts show it.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Puts a file in place as it was before the run: written, fsynced and named durably, by someone else
     * (upstream, an installer). No crash point, no fault, no latency; the trace records it.
     *
     * @param file the file's name, not yet taken
     * @param contents its contents (copied)
     * @throws IllegalArgumentException if the name escapes the directory or is taken, naming it
     */
    public void install(String file, byte[] contents) {
        if (names.containsKey(FileNames.check(file))) {
            throw new IllegalArgumentException("cannot install " + file + ": " + name + " already has a file of that name");
        }
        version++;
        SimFile installed = new SimFile(nextFile++);
        installed.write(0, contents.clone());
        installed.sync();
        names.put(file, installed);
        durableNames.put(file, installed);
        record(EventKind.DISK_WRITE, "installed " + file + ": " + contents.length + " bytes, durable");
    }

    /**
     * A number that changes whenever what reads see or what a power loss would leave may have changed (every
     * operation but a read, every crash, every install): an observer that judged the file system at one version
     * need not judge it again at the same one.
     *
     * @return the version
     */
    public long version() {
        return version;
    }

    /** Runs an operation that may change the file system. */
    private <T> T perform(String what, SimMachine.Operation<T> operation) throws IOException {
        version++;
        return timed(what, operation);
    }

    /** Runs an operation that changes nothing: a read. */
    private <T> T reading(String what, SimMachine.Operation<T> operation) throws IOException {
        return timed(what, operation);
    }

    /** Runs an operation at a crash point of the machine, after its latency (and a stall, if one is drawn). */
    private <T> T timed(String what, SimMachine.Operation<T> operation) throws IOException {
        return machine.perform(this, what, () -> {
            long ticks = faults.minLatencyTicks() == faults.maxLatencyTicks()
                    ? faults.minLatencyTicks()
                    : latency.between(faults.minLatencyTicks(), faults.maxLatencyTicks());
            if (slowness.occurs(faults.slowOperationRate())) {
                ticks += faults.slowOperationTicks();
                machine.count("slow operation." + name);
                record(EventKind.NOTE, what + " stalls " + faults.slowOperationTicks() + " ticks");
            }
            if (ticks > 0) {
                machine.context().advance(ticks);
            }
            return operation.run();
        });
    }

    private void record(EventKind kind, String detail) {
        machine.trace().record(machine.context().now(), kind, name, "", detail);
    }

    private IOException failure(String file, String op, String detail) {
        machine.count("io failure." + name + "." + file + "." + op);
        record(EventKind.DISK_IO_ERROR, op + " " + file + ": " + detail);
        return new IOException(name + ": " + op.toLowerCase(Locale.ROOT) + " of " + file + " failed: " + detail);
    }

    private SimFile existing(String file) throws NoSuchFileException {
        SimFile found = names.get(FileNames.check(file));
        if (found == null) {
            throw new NoSuchFileException(name + "/" + file);
        }
        return found;
    }

    @Override
    public void create(String file) throws IOException {
        FileNames.check(file);
        perform("create " + file, () -> {
            if (!names.containsKey(file)) {
                SimFile created = new SimFile(nextFile++);
                names.put(file, created);
                unsyncedDirectory.add(new Link(file, created));
                record(EventKind.DISK_WRITE, "create " + file);
            }
            return null;
        });
    }

    @Override
    public boolean exists(String file) {
        return names.containsKey(FileNames.check(file));
    }

    @Override
    public long size(String file) throws IOException {
        return existing(file).size();
    }

    @Override
    public byte[] read(String file, long offset, int length) throws IOException {
        FileNames.checkRange(offset, length);
        SimFile target = existing(file);
        return reading("read of " + file + " at " + offset, () -> {
            if (readErrors.occurs(faults.readErrorRate())) {
                throw failure(file, "READ", length + " bytes at " + offset);
            }
            byte[] bytes = target.read(offset, length);
            record(EventKind.DISK_READ, "read " + file + ": " + bytes.length + " bytes at " + offset);
            return bytes;
        });
    }

    @Override
    public void write(String file, long offset, byte[] data) throws IOException {
        FileNames.checkRange(offset, data.length);
        SimFile target = existing(file);
        byte[] copy = data.clone();
        perform("write of " + file + " at " + offset, () -> {
            store(file, target, offset, copy);
            return null;
        });
    }

    @Override
    public long append(String file, byte[] data) throws IOException {
        SimFile target = existing(file);
        byte[] copy = data.clone();
        return perform("append to " + file, () -> {
            long offset = target.size();
            store(file, target, offset, copy);
            return offset;
        });
    }

    private void store(String file, SimFile target, long offset, byte[] data) throws IOException {
        long end = offset + data.length;
        if (faults.capacityBytes() > 0 && end > faults.capacityBytes()) {
            machine.count("io failure." + name + "." + file + ".DISK_FULL");
            record(EventKind.DISK_FULL, "write " + file + " ending at " + end + " exceeds capacity " + faults.capacityBytes());
            throw new IOException(name + ": write of " + file + " ending at " + end + " exceeds the capacity of "
                    + faults.capacityBytes() + " bytes");
        }
        if (writeErrors.occurs(faults.writeErrorRate())) {
            throw failure(file, "WRITE", data.length + " bytes at " + offset + ", stored nothing");
        }
        if (data.length > 0 && corruption.occurs(faults.corruptionRate())) {
            long bit = corruption.nextLong(data.length * 8L);
            data[(int) (bit / 8)] ^= (byte) (1 << (bit % 8));
            record(EventKind.DISK_CORRUPTION, "write " + file + ": flipped bit " + bit + " of the write at " + offset);
        }
        long landed = misdirected(target, offset, data.length);
        if (landed != offset) {
            machine.count("misdirected write." + name);
            record(EventKind.DISK_CORRUPTION, "write " + file + ": " + data.length + " bytes meant for " + offset + " landed at " + landed);
        }
        target.write(landed, data);
        record(EventKind.DISK_WRITE, "write " + file + ": " + data.length + " bytes at " + offset);
    }

    /** Where a write lands: where it was asked to, or with the misdirection rate another sector-aligned offset of the file. */
    private long misdirected(SimFile target, long offset, int length) {
        long extent = Math.max(target.size(), offset + length);
        long sectors = (extent + sectorBytes - 1) / sectorBytes;
        if (sectors < 2 || !misdirection.occurs(faults.misdirectedWriteRate())) {
            return offset;
        }
        long sector = misdirection.between(0, sectors - 1);
        return sector * sectorBytes == offset ? (sector + 1) % sectors * sectorBytes : sector * sectorBytes;
    }

    @Override
    public void truncate(String file, long size) throws IOException {
        SimFile target = existing(file);
        if (size < 0 || size > target.size()) {
            throw new IllegalArgumentException("cannot truncate " + file + " of " + target.size() + " bytes to " + size
                    + " bytes: the new size must be in [0, " + target.size() + "]");
        }
        perform("truncate of " + file + " to " + size, () -> {
            if (writeErrors.occurs(faults.writeErrorRate())) {
                throw failure(file, "TRUNCATE", "to " + size + " bytes");
            }
            target.truncate(size);
            record(EventKind.DISK_WRITE, "truncate " + file + " to " + size + " bytes");
            return null;
        });
    }

    @Override
    public void fsync(String file) throws IOException {
        SimFile target = existing(file);
        perform("fsync of " + file, () -> {
            if (fsyncErrors.occurs(faults.fsyncErrorRate())) {
                int lost = target.unsynced().size();
                target.discardUnsynced();
                throw failure(file, "FSYNC", "discarded " + lost + " unsynced operations");
            }
            record(EventKind.DISK_FSYNC, "fsync " + file + ": made " + target.sync() + " operations durable");
            return null;
        });
    }

    @Override
    public void rename(String from, String to) throws IOException {
        FileNames.check(to);
        SimFile source = existing(from);
        perform("rename of " + from + " to " + to, () -> {
            if (!from.equals(to)) {
                names.remove(from);
                names.put(to, source);
                unsyncedDirectory.add(new Rename(from, to));
                record(EventKind.DISK_WRITE, "rename " + from + " -> " + to);
            }
            return null;
        });
    }

    @Override
    public void delete(String file) throws IOException {
        existing(file);
        perform("delete of " + file, () -> {
            names.remove(file);
            unsyncedDirectory.add(new Unlink(file));
            record(EventKind.DISK_WRITE, "delete " + file);
            return null;
        });
    }

    @Override
    public void fsyncDirectory() throws IOException {
        perform("fsync of the directory", () -> {
            if (fsyncErrors.occurs(faults.fsyncErrorRate())) {
                throw failure("directory", "FSYNC", unsyncedDirectory.size() + " directory operations stay unsynced");
            }
            unsyncedDirectory.forEach(operation -> apply(durableNames, operation));
            record(EventKind.DISK_FSYNC, "fsync directory: made " + unsyncedDirectory.size() + " directory operations durable");
            unsyncedDirectory.clear();
            return null;
        });
    }

    @Override
    public List<String> list() {
        return List.copyOf(names.keySet());
    }

    private static void apply(NavigableMap<String, SimFile> namespace, DirectoryOp operation) {
        if (operation instanceof Link link) {
            namespace.put(link.name(), link.file());
        } else if (operation instanceof Rename rename) {
            namespace.put(rename.to(), namespace.remove(rename.from()));
        } else if (operation instanceof Unlink unlink) {
            namespace.remove(unlink.name());
        }
    }

    /** Applies a crash kind's rule; called by the machine for each of its file systems. */
    void crash(CrashKind kind) {
        version++;
        if (kind == CrashKind.PROCESS_CRASH) {
            record(EventKind.DISK_PROCESS_CRASH, "the page cache survives: " + unsyncedDirectory.size()
                    + " directory operations and the files' unsynced operations stay unsynced");
            return;
        }
        int keptDirectory = 0;
        while (keptDirectory < unsyncedDirectory.size() && directory.occurs(faults.unsyncedSurvivalRate())) {
            apply(durableNames, unsyncedDirectory.get(keptDirectory++));
        }
        int lostDirectory = unsyncedDirectory.size() - keptDirectory;
        if (lostDirectory > 0) {
            machine.count("directory op lost." + name);
        }
        unsyncedDirectory.clear();
        record(EventKind.POWER_LOSS, keptDirectory + " of " + (keptDirectory + lostDirectory) + " unsynced directory operations persisted");
        NavigableMap<Long, String> files = new TreeMap<>();
        durableNames.forEach((file, inode) -> files.put(inode.id(), file));
        for (String file : files.values()) {
            settle(file, durableNames.get(file));
        }
        names.clear();
        names.putAll(durableNames);
    }

    private void settle(String file, SimFile inode) {
        List<SimFile.Unsynced> unsynced = new ArrayList<>(inode.unsynced());
        if (unsynced.isEmpty()) {
            return;
        }
        SimFile.Write torn = unsynced.get(unsynced.size() - 1) instanceof SimFile.Write last && tearing.occurs(faults.tornWriteRate())
                ? last : null;
        if (torn != null) {
            unsynced.remove(unsynced.size() - 1);
        }
        List<SimFile.Unsynced> kept = new ArrayList<>();
        int survived = 0;
        for (SimFile.Unsynced operation : unsynced) {
            if (survival.occurs(faults.unsyncedSurvivalRate())) {
                kept.add(operation);
                survived++;
            } else if (operation instanceof SimFile.Write lost && lost.data().length > 0
                    && pendingCorruption.occurs(faults.pendingWriteCorruptionRate())) {
                byte[] garbage = new byte[lost.data().length];
                for (int i = 0; i < garbage.length; i++) {
                    garbage[i] = (byte) pendingCorruption.nextInt(256);
                }
                kept.add(new SimFile.Scramble(lost.offset(), garbage));
                machine.count("pending write corrupted." + name);
                record(EventKind.DISK_CORRUPTION, "write " + file + " at " + lost.offset() + " was lost and left "
                        + garbage.length + " bytes of garbage over its target");
            }
        }
        int prefix = 0;
        if (torn != null) {
            long firstSector = torn.offset() / sectorBytes;
            long end = torn.offset() + torn.data().length;
            long sectors = end == torn.offset() ? 0 : (end - 1) / sectorBytes - firstSector + 1;
            long keptSectors = sectors <= 1 ? 0 : tearing.between(0, sectors - 1);
            prefix = (int) Math.max(0, Math.min(torn.data().length, (firstSector + keptSectors) * sectorBytes - torn.offset()));
            machine.count("torn write." + name);
            record(EventKind.DISK_TORN_WRITE, "write " + file + " at " + torn.offset() + " kept " + prefix + " of "
                    + torn.data().length + " bytes (" + keptSectors + " of " + sectors + " sectors)");
        }
        record(EventKind.POWER_LOSS, file + ": " + survived + " of " + unsynced.size() + " unsynced operations persisted");
        inode.settle(kept, torn, prefix);
    }

    /**
     * What reads of {@code file} see now, for tests and invariants (the process reads through the port).
     *
     * @param file the file's name
     * @return its contents, or empty if no such file exists
     */
    public Optional<byte[]> cachedContents(String file) {
        SimFile found = names.get(FileNames.check(file));
        return found == null ? Optional.empty() : Optional.of(found.cachedContents());
    }

    /**
     * What {@code file} would hold after a power loss now if nothing unsynced persisted: the durable contents of
     * the file the durable directory names so.
     *
     * @param file the file's name
     * @return its durable contents, or empty if the durable directory has no such file
     */
    public Optional<byte[]> durableContents(String file) {
        SimFile found = durableNames.get(FileNames.check(file));
        return found == null ? Optional.empty() : Optional.of(found.durableContents());
    }

    /**
     * The names a power loss now would leave if no unsynced directory operation persisted.
     *
     * @return the durable names, sorted
     */
    public List<String> durableNames() {
        return List.copyOf(durableNames.keySet());
    }

    @Override
    public String toString() {
        return "SimFileSystem[" + name + "]";
    }
}
