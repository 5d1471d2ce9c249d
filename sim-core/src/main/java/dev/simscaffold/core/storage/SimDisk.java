package dev.simscaffold.core.storage;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.Trace;
import java.util.ArrayDeque;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One node's simulated disk: a byte-addressed device (one file, in effect) with a volatile cache in front
 * of durable storage, addressed sans-IO. A node submits operations and later polls their completions; the
 * disk never calls back and never reads a clock.
 *
 * <p>Methods, by group:
 * <ul>
 *   <li>inputs: {@link #write}, {@link #fsync}, {@link #read} (each returns the operation's id),
 *       {@link #handleTimeout} (completes what is due), {@link #crash} (a node went down);</li>
 *   <li>outputs: {@link #pollTimeout} (when the next operation completes), then {@link #pollCompletion}
 *       until empty, after every {@code handleTimeout};</li>
 *   <li>observation for tests and invariants, never for the node: {@link #durableContents},
 *       {@link #cachedContents}, {@link #unsyncedWrites}.</li>
 * </ul>
 *
 * <p>The device is one FIFO queue: an operation completes {@code latency} ticks after it was submitted,
 * but never before the one submitted before it, so an fsync makes durable exactly the writes submitted
 * before it. Faults are decided when an operation completes, each kind from its own fork of the disk's
 * stream (see {@link StorageFaults}); what a crash keeps is stated on {@link CrashKind}. Every operation
 * and fault is recorded in the trace under the disk's name.
 */
@Api(Api.Status.STABLE)
public final class SimDisk {

    /** The sector size used when none is given: the unit a torn write tears at. */
    public static final int DEFAULT_SECTOR_BYTES = 512;

    private record Pending(long op, OpKind kind, long offset, byte[] data, int length, LogicalTime due) {
    }

    private record Unsynced(long offset, byte[] data) {
    }

    /** This disk's place in a cluster's fault atlas. */
    private record Seat(FaultAtlas atlas, int member) {
    }

    private final String name;
    private final int sectorBytes;
    /** The atlas this disk belongs to, or null: then corruption may strike anywhere. */
    private final Seat seat;
    private final StorageFaults faults;
    private final Trace trace;
    private final SimRandom latency;
    private final SimRandom writeErrors;
    private final SimRandom fsyncErrors;
    private final SimRandom readErrors;
    private final SimRandom corruption;
    private final SimRandom survival;
    private final SimRandom tearing;
    /** Forked only when misdirected writes are on, so a disk without them is the disk it always was. */
    private final SimRandom misdirection;
    private final ArrayDeque<Pending> inFlight = new ArrayDeque<>();
    private final ArrayDeque<Completion> completions = new ArrayDeque<>();
    private final List<Unsynced> unsynced = new ArrayList<>();
    private DiskImage durable = new DiskImage();
    private DiskImage cache = new DiskImage();
    private long nextOp;
    private ModelParts modelParts = ModelParts.NONE;

    /**
     * Creates an empty disk with {@link #DEFAULT_SECTOR_BYTES}-byte sectors.
     *
     * @param name the disk's name in the trace, usually its node's
     * @param faults what the disk may do wrong
     * @param random the disk's own stream, such as {@code context.fork("storage." + node)}
     * @param trace where operations and faults are recorded
     */
    public SimDisk(String name, StorageFaults faults, SimRandom random, Trace trace) {
        this(name, DEFAULT_SECTOR_BYTES, faults, random, trace);
    }

    /**
     * Creates an empty disk.
     *
     * @param name the disk's name in the trace, usually its node's
     * @param sectorBytes the sector size, {@code >= 1}: torn writes keep whole sectors
     * @param faults what the disk may do wrong
     * @param random the disk's own stream, such as {@code context.fork("storage." + node)}
     * @param trace where operations and faults are recorded
     */
    public SimDisk(String name, int sectorBytes, StorageFaults faults, SimRandom random, Trace trace) {
        this(name, sectorBytes, faults, random, trace, (Seat) null);
        if (faults.hasAtlas()) {
            throw new IllegalArgumentException("a fault atlas spans a cluster's disks, so disk " + name + " cannot apply atlasRegionBytes="
                    + faults.atlasRegionBytes() + " on its own: give it the cluster's FaultAtlas, or let SimNetwork build the disks");
        }
    }

    /**
     * Creates an empty disk that is one member of a cluster's {@link FaultAtlas}: its corruption strikes only where
     * the atlas lets this disk be faulty. The corruption draws are the same as without an atlas; a flip the atlas
     * forbids is not applied, and the write's trace event says so.
     *
     * @param name the disk's name in the trace, usually its node's
     * @param sectorBytes the sector size, {@code >= 1}: torn writes keep whole sectors
     * @param faults what the disk may do wrong
     * @param random the disk's own stream, such as {@code context.fork("storage." + node)}
     * @param trace where operations and faults are recorded
     * @param atlas the cluster's atlas
     * @param member this disk's index in the atlas, in {@code [0, atlas.disks())}
     */
    public SimDisk(String name, int sectorBytes, StorageFaults faults, SimRandom random, Trace trace, FaultAtlas atlas, int member) {
        this(name, sectorBytes, faults, random, trace, new Seat(Require.present("atlas", atlas), member));
        if (member < 0 || member >= atlas.disks()) {
            throw new IllegalArgumentException("member must be in [0, " + atlas.disks() + ") for an atlas over " + atlas.disks()
                    + " disks, got " + member);
        }
    }

    private SimDisk(String name, int sectorBytes, StorageFaults faults, SimRandom random, Trace trace, Seat seat) {
        this.seat = seat;
        this.name = Require.name("a disk", name);
        this.sectorBytes = (int) Require.positive("sectorBytes", sectorBytes);
        this.faults = Require.present("faults", faults);
        if (faults.pendingWriteCorruptionRate() > 0 || faults.slowOperationRate() > 0) {
            throw new IllegalArgumentException("a SimDisk does not model pending-write corruption or slow operations (got "
                    + "pendingWriteCorruptionRate=" + faults.pendingWriteCorruptionRate() + ", slowOperationRate=" + faults.slowOperationRate()
                    + "): they are applied by SimFileSystem; leave them 0 for a node's disk");
        }
        this.trace = Require.present("trace", trace);
        Require.present("random", random);
        latency = random.fork("latency");
        writeErrors = random.fork("writeError");
        fsyncErrors = random.fork("fsyncError");
        readErrors = random.fork("readError");
        corruption = random.fork("corruption");
        misdirection = faults.misdirectedWriteRate() > 0 ? random.fork("misdirection") : null;
        survival = random.fork("survival");
        tearing = random.fork("torn");
    }

    /**
     * Submits a write of {@code data} at {@code offset}; it reaches the cache when it completes.
     *
     * @param now the current time
     * @param offset where to write, {@code >= 0}
     * @param data the bytes (copied)
     * @return the operation's id
     */
    public long write(LogicalTime now, long offset, byte[] data) {
        Require.nonNegative("offset", offset);
        byte[] copy = Require.present("data", data).clone();
        return submit(now, OpKind.WRITE, offset, copy, copy.length);
    }

    /**
     * Submits an fsync: when it completes, every write submitted before it is durable.
     *
     * @param now the current time
     * @return the operation's id
     */
    public long fsync(LogicalTime now) {
        return submit(now, OpKind.FSYNC, 0, null, 0);
    }

    /**
     * Submits a read of {@code length} bytes at {@code offset}, answered from the cache when it completes.
     *
     * @param now the current time
     * @param offset where to read, {@code >= 0}
     * @param length how many bytes, {@code >= 0}
     * @return the operation's id
     */
    public long read(LogicalTime now, long offset, int length) {
        Require.nonNegative("offset", offset);
        Require.nonNegative("length", length);
        return submit(now, OpKind.READ, offset, null, length);
    }

    private long submit(LogicalTime now, OpKind kind, long offset, byte[] data, int length) {
        Require.present("now", now);
        long ticks = faults.minLatencyTicks() == faults.maxLatencyTicks()
                ? faults.minLatencyTicks()
                : latency.between(faults.minLatencyTicks(), faults.maxLatencyTicks());
        LogicalTime due = now.advance(ticks);
        if (!inFlight.isEmpty() && inFlight.peekLast().due().compareTo(due) > 0) {
            due = inFlight.peekLast().due();
        }
        long op = nextOp++;
        inFlight.addLast(new Pending(op, kind, offset, data, length, due));
        modelParts = modelParts.pendingChanged();
        return op;
    }

    /**
     * When the next in-flight operation completes.
     *
     * @return its completion time, or empty when nothing is in flight
     */
    public Optional<LogicalTime> pollTimeout() {
        return inFlight.isEmpty() ? Optional.empty() : Optional.of(inFlight.peekFirst().due());
    }

    /**
     * Completes, in submission order, every operation due at or before {@code now}; poll their
     * completions afterwards.
     *
     * @param now the current time
     */
    public void handleTimeout(LogicalTime now) {
        while (!inFlight.isEmpty() && inFlight.peekFirst().due().compareTo(now) <= 0) {
            Pending pending = inFlight.removeFirst();
            modelParts = ModelParts.NONE;
            completions.addLast(switch (pending.kind()) {
                case WRITE -> completeWrite(now, pending);
                case FSYNC -> completeFsync(now, pending);
                case READ -> completeRead(now, pending);
            });
        }
    }

    /**
     * Takes the oldest completion not yet polled.
     *
     * @return it, or empty when none is waiting
     */
    public Optional<Completion> pollCompletion() {
        if (!completions.isEmpty()) {
            modelParts = modelParts.pendingChanged();
        }
        return Optional.ofNullable(completions.pollFirst());
    }

    /**
     * A node went down: applies the crash kind's survival rule (see {@link CrashKind}).
     *
     * @param now the current time
     * @param kind how the node went down
     */
    public void crash(LogicalTime now, CrashKind kind) {
        Require.present("kind", kind);
        int lostOps = inFlight.size();
        inFlight.clear();
        completions.clear();
        modelParts = ModelParts.NONE;
        switch (kind) {
            case PROCESS_CRASH -> trace.record(now, EventKind.DISK_PROCESS_CRASH, name, "",
                    "lost " + lostOps + " in-flight ops, kept " + unsynced.size() + " unsynced writes in the page cache");
            case POWER_LOSS -> powerLoss(now, lostOps);
        }
    }

    private void powerLoss(LogicalTime now, int lostOps) {
        int total = unsynced.size();
        Unsynced torn = total > 0 && tearing.occurs(faults.tornWriteRate()) ? unsynced.remove(total - 1) : null;
        int survived = 0;
        for (Unsynced write : unsynced) {
            if (survival.occurs(faults.unsyncedSurvivalRate())) {
                durable.write(write.offset(), write.data(), write.data().length);
                survived++;
            }
        }
        trace.record(now, EventKind.POWER_LOSS, name, "", "lost " + lostOps + " in-flight ops; "
                + survived + " of " + total + " unsynced writes survived");
        if (torn != null) {
            long firstSector = torn.offset() / sectorBytes;
            long end = torn.offset() + torn.data().length;
            long sectors = (end - 1) / sectorBytes - firstSector + 1;
            long kept = sectors <= 1 ? 0 : tearing.between(0, sectors - 1);
            int prefix = (int) Math.max(0, Math.min(torn.data().length, (firstSector + kept) * sectorBytes - torn.offset()));
            durable.write(torn.offset(), torn.data(), prefix);
            trace.record(now, EventKind.DISK_TORN_WRITE, name, "", "write at offset " + torn.offset() + " kept "
                    + prefix + " of " + torn.data().length + " bytes (" + kept + " of " + sectors + " sectors)");
        }
        unsynced.clear();
        cache = durable.copy();
    }

    private Completion completeWrite(LogicalTime now, Pending write) {
        long end = write.offset() + write.length();
        if (faults.capacityBytes() > 0 && end > faults.capacityBytes()) {
            trace.record(now, EventKind.DISK_FULL, name, "", "op " + write.op() + ": write ending at " + end
                    + " exceeds capacity " + faults.capacityBytes());
            return new Completion.Failed(write.op(), OpKind.WRITE, FailureReason.DISK_FULL);
        }
        if (writeErrors.occurs(faults.writeErrorRate())) {
            trace.record(now, EventKind.DISK_IO_ERROR, name, "", "op " + write.op() + ": write failed, stored nothing");
            return new Completion.Failed(write.op(), OpKind.WRITE, FailureReason.IO_ERROR);
        }
        byte[] data = write.data();
        String spared = "";
        if (data.length > 0 && corruption.occurs(faults.corruptionRate())) {
            long bit = corruption.nextLong(data.length * 8L);
            long at = write.offset() + bit / 8;
            if (seat == null || seat.atlas().mayCorrupt(seat.member(), at)) {
                data[(int) (bit / 8)] ^= (byte) (1 << (bit % 8));
                trace.record(now, EventKind.DISK_CORRUPTION, name, "", "op " + write.op() + ": flipped bit " + bit
                        + " of the write at offset " + write.offset());
            } else {
                spared = " (the atlas spared bit " + bit + ": byte " + at + " stays intact on this disk)";
            }
        }
        long landed = misdirected(write.offset(), data.length);
        if (landed != write.offset()) {
            if (seat == null || seat.atlas().mayCorrupt(seat.member(), write.offset(), data.length)
                    && seat.atlas().mayCorrupt(seat.member(), landed, data.length)) {
                trace.record(now, EventKind.DISK_CORRUPTION, name, "", "op " + write.op() + ": " + data.length + " bytes meant for "
                        + write.offset() + " landed at " + landed);
            } else {
                spared += " (the atlas spared a misdirection to " + landed + ")";
                landed = write.offset();
            }
        }
        unsynced.add(new Unsynced(landed, data));
        cache.write(landed, data, data.length);
        trace.record(now, EventKind.DISK_WRITE, name, "", "op " + write.op() + ": " + data.length + " bytes at " + write.offset() + spared);
        return new Completion.Written(write.op(), write.offset(), data.length);
    }

    /**
     * Where a write lands: where it was asked to, or with the misdirection rate another sector-aligned offset within
     * the disk's extent (as {@link SimFileSystem} does), leaving the intended bytes as they were.
     */
    private long misdirected(long offset, int length) {
        if (misdirection == null) {
            return offset;
        }
        long extent = Math.max(cache.size(), offset + length);
        long sectors = (extent + sectorBytes - 1) / sectorBytes;
        if (sectors < 2 || !misdirection.occurs(faults.misdirectedWriteRate())) {
            return offset;
        }
        long sector = misdirection.between(0, sectors - 1);
        return sector * sectorBytes == offset ? (sector + 1) % sectors * sectorBytes : sector * sectorBytes;
    }

    private Completion completeFsync(LogicalTime now, Pending fsync) {
        if (fsyncErrors.occurs(faults.fsyncErrorRate())) {
            trace.record(now, EventKind.DISK_IO_ERROR, name, "", "op " + fsync.op() + ": fsync failed, discarded "
                    + unsynced.size() + " unsynced writes");
            unsynced.clear();
            cache = durable.copy();
            return new Completion.Failed(fsync.op(), OpKind.FSYNC, FailureReason.IO_ERROR);
        }
        for (Unsynced write : unsynced) {
            durable.write(write.offset(), write.data(), write.data().length);
        }
        trace.record(now, EventKind.DISK_FSYNC, name, "", "op " + fsync.op() + ": made " + unsynced.size() + " writes durable");
        unsynced.clear();
        return new Completion.Synced(fsync.op());
    }

    private Completion completeRead(LogicalTime now, Pending read) {
        if (readErrors.occurs(faults.readErrorRate())) {
            trace.record(now, EventKind.DISK_IO_ERROR, name, "", "op " + read.op() + ": read failed");
            return new Completion.Failed(read.op(), OpKind.READ, FailureReason.IO_ERROR);
        }
        trace.record(now, EventKind.DISK_READ, name, "", "op " + read.op() + ": " + read.length() + " bytes at " + read.offset());
        return new Completion.Read(read.op(), read.offset(), cache.read(read.offset(), read.length()));
    }

    /**
     * What survives a power loss right now, if no unsynced write survived: the fsynced data.
     *
     * @return a copy of the durable bytes, as long as the furthest durable write reaches
     */
    public byte[] durableContents() {
        return durable.read(0, (int) durable.size());
    }

    /**
     * What a read sees right now: the durable data overlaid with every completed unsynced write.
     *
     * @return a copy of the cached bytes, as long as the furthest completed write reaches
     */
    public byte[] cachedContents() {
        return cache.read(0, (int) cache.size());
    }

    /**
     * How far the cached contents reach, which is what a recovering node reads up to.
     *
     * @return the cache's size in bytes
     */
    public long size() {
        return cache.size();
    }

    /**
     * How many completed writes are not yet durable.
     *
     * @return the count
     */
    public int unsyncedWrites() {
        return unsynced.size();
    }

    /**
     * The disk's whole state as a value, for a model checker's state key: the durable image, the completed
     * writes not yet fsynced (the cache is the durable image overlaid with them), the operations in flight with
     * their due times less {@code timeBase}, the completions not yet polled, and the next operation id (nodes see
     * ids). Two disks with equal values behave alike under every later input, crash and power loss.
     *
     * @param timeBase subtracted from every due time, 0 for absolute times
     * @return an immutable list compared by content
     */
    public List<Object> modelState(long timeBase) {
        ModelParts parts = modelParts;
        if (parts.whole() != null && parts.base() == timeBase) {
            return parts.whole();
        }
        String image = parts.durable() != null ? parts.durable() : bytes(durableContents());
        List<Object> writes = parts.writes();
        if (writes == null) {
            List<Object> rendered = new ArrayList<>(unsynced.size());
            for (Unsynced write : unsynced) {
                rendered.add(List.of(write.offset(), bytes(write.data())));
            }
            writes = List.copyOf(rendered);
        }
        List<Object> pending = new ArrayList<>(inFlight.size());
        for (Pending op : inFlight) {
            pending.add(List.of(op.op(), op.kind(), op.offset(), op.data() == null ? "" : bytes(op.data()), op.length(),
                    op.due().ticks() - timeBase));
        }
        List<Object> whole = List.of(image, writes, pending, List.copyOf(completions), nextOp);
        modelParts = new ModelParts(image, writes, whole, timeBase);
        return whole;
    }

    /**
     * The parts of {@link #modelState} computed since the disk last changed: the states of a search that hold
     * this disk unchanged share one value instead of each holding a copy of the images (a disk changes only on
     * its own node's steps, and its durable image only at an fsync or a power loss). Null parts are computed
     * afresh; every change of the disk drops the parts it touches, so a kept part always equals a fresh one.
     *
     * @param durable the durable image as {@link #bytes}, or null
     * @param writes the unsynced writes as rendered, or null
     * @param whole the whole value for time base {@code base}, or null
     * @param base the time base of {@code whole}
     */
    private record ModelParts(String durable, List<Object> writes, List<Object> whole, long base) {

        static final ModelParts NONE = new ModelParts(null, null, null, 0);

        /** Operations in flight or completions waiting changed; the images and unsynced writes did not. */
        ModelParts pendingChanged() {
            return whole == null ? this : new ModelParts(durable, writes, null, 0);
        }
    }

    /** Bytes as a value that compares by content (one char per byte). */
    private static String bytes(byte[] data) {
        return new String(data, StandardCharsets.ISO_8859_1);
    }

    /**
     * Takes the disk's state, for a network snapshot: images, unsynced writes, operations in flight, completions
     * not yet polled and the next operation id. The random streams are not in it (see
     * {@code NetworkSnapshot}).
     *
     * @return the state, which {@link #restore} can put back any number of times
     */
    public Saved save() {
        List<Pending> pending = new ArrayList<>(inFlight.size());
        for (Pending op : inFlight) {
            pending.add(copied(op));
        }
        return new Saved(this, durable.copy(), cache.copy(), List.copyOf(unsynced), List.copyOf(pending), List.copyOf(completions),
                nextOp, modelParts);
    }

    /**
     * Puts back a state this disk saved.
     *
     * @param saved a state from {@link #save} on this disk
     * @throws IllegalArgumentException if another disk saved it
     */
    public void restore(Saved saved) {
        if (Require.present("saved", saved).disk != this) {
            throw new IllegalArgumentException("disk " + name + " cannot restore a state saved by disk " + saved.disk.name);
        }
        durable = saved.durable.copy();
        cache = saved.cache.copy();
        unsynced.clear();
        unsynced.addAll(saved.unsynced);
        inFlight.clear();
        for (Pending op : saved.inFlight) {
            inFlight.addLast(copied(op));
        }
        completions.clear();
        completions.addAll(saved.completions);
        nextOp = saved.nextOp;
        modelParts = saved.modelParts;
    }

    /** A write's data is changed in place when corruption strikes at completion, so each state has its own. */
    private static Pending copied(Pending op) {
        return op.data() == null ? op : new Pending(op.op(), op.kind(), op.offset(), op.data().clone(), op.length(), op.due());
    }

    /** A disk's state taken by {@link #save}; opaque, immutable. */
    public static final class Saved {
        private final SimDisk disk;
        private final DiskImage durable;
        private final DiskImage cache;
        private final List<Unsynced> unsynced;
        private final List<Pending> inFlight;
        private final List<Completion> completions;
        private final long nextOp;
        private final ModelParts modelParts;

        private Saved(SimDisk disk, DiskImage durable, DiskImage cache, List<Unsynced> unsynced, List<Pending> inFlight,
                List<Completion> completions, long nextOp, ModelParts modelParts) {
            this.disk = disk;
            this.durable = durable;
            this.cache = cache;
            this.unsynced = unsynced;
            this.inFlight = inFlight;
            this.completions = completions;
            this.nextOp = nextOp;
            this.modelParts = modelParts;
        }
    }

    /**
     * The disk's name, as it appears in the trace.
     *
     * @return the name
     */
    public String name() {
        return name;
    }
}
