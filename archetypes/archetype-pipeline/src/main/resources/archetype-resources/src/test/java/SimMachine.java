package ${package};

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.storage.Completion;
import dev.simscaffold.core.storage.CrashKind;
import dev.simscaffold.core.storage.SimDisk;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.Trace;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The machine the stage runs on, simulated: four disks (the source file, the sink, the quarantine and the
 * checkpoints) and the one place where the stage's I/O meets them. Every operation is submitted at the
 * current logical time and waited for, so disk latency moves the clock; before it completes the machine may
 * go down, by a process crash or a power loss, which loses what that crash loses on every disk of the
 * machine and unwinds the stage with {@link Crash}.
 *
 * <p>Each fault decision draws from its own fork of the run's stream ({@code crash}, {@code crashPoint},
 * {@code crashKind}), and the disks from {@code storage.<disk>}, so switching one fault off leaves the
 * others' decisions alone.
 */
final class SimMachine {

    /** The stage's process is gone: nothing of it survives but its disks. Only the simulation catches it. */
    static final class Crash extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Crash(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * What the machine may do wrong.
     *
     * @param storage the faults of the sink, quarantine and checkpoint disks; the source disk, written and
     *                synced by upstream before the run, only gets their latency and read errors
     * @param sectorBytes the disks' sector size: a torn write keeps whole sectors
     * @param crashRate the probability per I/O operation that the machine goes down during it
     * @param powerLossShare the share of crashes that are power losses rather than process crashes
     * @param maxCrashes how many crashes one run may have, so that every run can finish
     */
    record Faults(StorageFaults storage, int sectorBytes, double crashRate, double powerLossShare, int maxCrashes) {

        /** No faults at all: instant, perfect disks and no crash. */
        static Faults none() {
            return new Faults(StorageFaults.none(), SimDisk.DEFAULT_SECTOR_BYTES, 0, 0, 0);
        }
    }

    private final SimContext context;
    private final Trace trace;
    private final Faults faults;
    private final SimRandom crashes;
    private final SimRandom crashPoints;
    private final SimRandom crashKinds;
    private final SimDisk source;
    private final SimDisk sink;
    private final SimDisk quarantine;
    private final SimDisk checkpoints;
    private final NavigableMap<String, Integer> counts = new TreeMap<>();
    private int crashesLeft;
    private boolean crashesEnabled = true;
    private boolean outputsAwaitCheckpoint;
    private long operations;

    SimMachine(SimContext context, Trace trace, Faults faults) {
        this.context = context;
        this.trace = trace;
        this.faults = faults;
        this.crashes = context.fork("crash");
        this.crashPoints = context.fork("crashPoint");
        this.crashKinds = context.fork("crashKind");
        this.crashesLeft = faults.maxCrashes();
        StorageFaults upstream = StorageFaults.builder()
                .minLatencyTicks(faults.storage().minLatencyTicks()).maxLatencyTicks(faults.storage().maxLatencyTicks())
                .readErrorRate(faults.storage().readErrorRate()).build();
        this.source = disk("source", upstream);
        this.sink = disk("sink", faults.storage());
        this.quarantine = disk("quarantine", faults.storage());
        this.checkpoints = disk("checkpoints", faults.storage());
    }

    private SimDisk disk(String name, StorageFaults storage) {
        return new SimDisk(name, faults.sectorBytes(), storage, context.fork("storage." + name), trace);
    }

    /**
     * Performs one operation on one disk and waits for it, maybe crashing the machine before it completes.
     *
     * @param disk the disk
     * @param operation what the operation is, for failure messages
     * @param submit submits the operation at the given time
     * @return its completion
     * @throws StageIoException if the disk failed it
     * @throws Crash if the machine went down
     */
    Completion perform(SimDisk disk, String operation, Function<LogicalTime, Long> submit) throws StageIoException {
        operations++;
        boolean crashes = shouldCrash();
        boolean inFlight = crashes && crashPoints.chance(0.5);
        if (crashes && !inFlight) {
            crash("before " + disk.name() + " " + operation);
        }
        long op = submit.apply(context.now());
        if (inFlight) {
            crash("during " + disk.name() + " " + operation);
        }
        LogicalTime due = disk.pollTimeout().orElseThrow();
        context.advanceTo(due);
        disk.handleTimeout(due);
        Completion completion = disk.pollCompletion().orElseThrow();
        if (completion.op() != op) {
            throw new IllegalStateException(disk.name() + " completed op " + completion.op() + " while the stage waited for op " + op);
        }
        if (completion instanceof Completion.Failed failed) {
            count("io failure." + disk.name() + "." + failed.kind());
            throw new StageIoException(disk.name() + " " + operation + " failed: " + failed.reason());
        }
        return completion;
    }

    private boolean shouldCrash() {
        return crashesEnabled && crashesLeft > 0 && faults.crashRate() > 0 && crashes.chance(faults.crashRate());
    }

    private CrashKind crashKind() {
        return faults.powerLossShare() > 0 && crashKinds.chance(faults.powerLossShare()) ? CrashKind.POWER_LOSS : CrashKind.PROCESS_CRASH;
    }

    private void crash(String where) {
        crashesLeft--;
        CrashKind kind = crashKind();
        LogicalTime now = context.now();
        trace.record(now, EventKind.CRASH, "stage", "", kind + " " + where);
        for (SimDisk disk : List.of(source, sink, quarantine, checkpoints)) {
            disk.crash(now, kind);
        }
        count("crash." + kind);
        if (outputsAwaitCheckpoint) {
            count("crash between an output write and its checkpoint");
        }
        outputsAwaitCheckpoint = false;
        throw new Crash(kind + " " + where);
    }

    /** From now on the machine stays up: the run's recovery phase. */
    void stopCrashing() {
        crashesEnabled = false;
    }

    /** A sink accepted a write that no durable checkpoint covers yet. */
    void outputWritten() {
        outputsAwaitCheckpoint = true;
    }

    /** A checkpoint became durable: the outputs before it are covered. */
    void checkpointed() {
        outputsAwaitCheckpoint = false;
    }

    /**
     * Counts one occurrence of something a coverage check wants to see.
     *
     * @param what its name
     */
    void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    NavigableMap<String, Integer> counts() {
        return counts;
    }

    long operations() {
        return operations;
    }

    SimContext context() {
        return context;
    }

    Trace trace() {
        return trace;
    }

    SimDisk source() {
        return source;
    }

    SimDisk sink() {
        return sink;
    }

    SimDisk quarantine() {
        return quarantine;
    }

    SimDisk checkpoints() {
        return checkpoints;
    }
}
