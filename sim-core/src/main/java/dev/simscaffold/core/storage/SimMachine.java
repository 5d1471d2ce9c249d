package dev.simscaffold.core.storage;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.Trace;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One simulated machine running one process: some {@link SimFileSystem}s and the crash points between them.
 * The process (a pipeline stage, a compactor, any code that does synchronous file I/O) runs its production
 * storage code on the machine's file systems; every file-system operation is a crash point where the machine
 * may go down before the operation or during it (after it reached the page cache, before the caller learns
 * so), by a process crash or a power loss that applies to every file system of the machine at once and
 * unwinds the process with {@link MachineCrash}. The driver catches that, and starts the process again on the
 * same file systems.
 *
 * <p>Each decision draws from its own fork of the context's stream ({@code crash}, {@code crashPoint},
 * {@code crashKind}, and {@code storage.<fs>} for each file system), so switching one fault off leaves the
 * others' decisions alone and everything shrinks with the property engine's recorded stream. Operations
 * take the file system's latency on the context's clock. Checks registered with
 * {@link #beforeEachOperation} run at every crash point, so an invariant over durable state is judged at
 * every moment a crash could expose it.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class SimMachine {

    /**
     * How the machine goes down at random.
     *
     * @param rate the probability per file-system operation that the machine goes down during it, in [0, 1]
     * @param powerLossShare the share of those crashes that are power losses rather than process crashes, in [0, 1]
     * @param max how many random crashes one run may have, {@code >= 0}, so that every run can finish
     */
    public record Crashes(double rate, double powerLossShare, int max) {

        /**
         * Validates the components, naming a bad one with its value.
         *
         * @param rate crash probability per operation
         * @param powerLossShare share of power losses
         * @param max crash budget
         */
        public Crashes {
            Require.rate("crashes.rate", rate);
            Require.rate("crashes.powerLossShare", powerLossShare);
            Require.nonNegative("crashes.max", max);
        }

        /**
         * A machine that never goes down by itself.
         *
         * @return no crashes
         */
        public static Crashes none() {
            return new Crashes(0, 0, 0);
        }
    }

    /** One file-system operation, run at a crash point. */
    @FunctionalInterface
    interface Operation<T> {
        T run() throws IOException;
    }

    private final SimContext context;
    private final Trace trace;
    private final Crashes crashes;
    private final SimRandom crashDraws;
    private final SimRandom crashPoints;
    private final SimRandom crashKinds;
    private final List<SimFileSystem> fileSystems = new ArrayList<>();
    private final List<Runnable> checks = new ArrayList<>();
    private final NavigableMap<String, Integer> counts = new TreeMap<>();
    private int crashesLeft;
    private boolean crashing = true;
    private long operations;

    /**
     * A machine on a run's context.
     *
     * @param context the run's context: its clock and its stream
     * @param trace where crashes and file-system operations are recorded
     * @param crashes how the machine goes down at random
     */
    public SimMachine(SimContext context, Trace trace, Crashes crashes) {
        this.context = Require.present("context", context);
        this.trace = Require.present("trace", trace);
        this.crashes = Require.present("crashes", crashes);
        this.crashDraws = context.fork("crash");
        this.crashPoints = context.fork("crashPoint");
        this.crashKinds = context.fork("crashKind");
        this.crashesLeft = crashes.max();
    }

    /**
     * Adds a file system with {@value SimDisk#DEFAULT_SECTOR_BYTES}-byte sectors.
     *
     * @param name its name in the trace and in counts, unique on this machine
     * @param faults what its storage may do wrong
     * @return the file system, empty
     */
    public SimFileSystem fileSystem(String name, StorageFaults faults) {
        return fileSystem(name, SimDisk.DEFAULT_SECTOR_BYTES, faults);
    }

    /**
     * Adds a file system.
     *
     * @param name its name in the trace and in counts, unique on this machine
     * @param sectorBytes its sector size, {@code >= 1}: a torn write keeps whole sectors
     * @param faults what its storage may do wrong
     * @return the file system, empty
     * @throws IllegalArgumentException if the name is taken, naming it
     */
    public SimFileSystem fileSystem(String name, int sectorBytes, StorageFaults faults) {
        Require.name("a file system", name);
        for (SimFileSystem existing : fileSystems) {
            if (existing.name().equals(name)) {
                throw new IllegalArgumentException("this machine already has a file system named '" + name + "'");
            }
        }
        SimFileSystem fileSystem = new SimFileSystem(this, name, (int) Require.positive("sectorBytes", sectorBytes),
                Require.present("faults", faults), context.fork("storage." + name));
        fileSystems.add(fileSystem);
        return fileSystem;
    }

    /**
     * Runs {@code check} at every crash point, just before each file-system operation (and so just after the
     * one before it): the moments a crash could expose what the process has made durable.
     *
     * @param check the check; an invariant violation it throws ends the run
     */
    public void beforeEachOperation(Runnable check) {
        checks.add(Require.present("check", check));
    }

    /** From now on the machine stays up: a run's recovery phase, so that it can finish. */
    public void stopCrashing() {
        crashing = false;
    }

    /**
     * The machine goes down now, as a test or a nemesis decides: every file system applies {@code kind}'s
     * rule (see {@link FileSystem} and {@link SimFileSystem}). The caller is the driver, so nothing is thrown.
     *
     * @param kind how it goes down
     */
    public void crash(CrashKind kind) {
        Require.present("kind", kind);
        trace.record(context.now(), EventKind.CRASH, "machine", "", kind.toString());
        for (SimFileSystem fileSystem : fileSystems) {
            fileSystem.crash(kind);
        }
        count("crash." + kind);
    }

    <T> T perform(SimFileSystem fileSystem, String what, Operation<T> operation) throws IOException {
        operations++;
        checks.forEach(Runnable::run);
        boolean crashes = crashing && crashesLeft > 0 && crashDraws.occurs(this.crashes.rate());
        boolean during = crashes && crashPoints.chance(0.5);
        if (crashes && !during) {
            goDown("before " + fileSystem.name() + " " + what);
        }
        T result = operation.run();
        if (during) {
            goDown("during " + fileSystem.name() + " " + what);
        }
        return result;
    }

    private void goDown(String where) {
        crashesLeft--;
        CrashKind kind = crashKinds.occurs(crashes.powerLossShare()) ? CrashKind.POWER_LOSS : CrashKind.PROCESS_CRASH;
        trace.record(context.now(), EventKind.NOTE, "machine", "", "going down " + where);
        crash(kind);
        throw new MachineCrash(kind, where);
    }

    /**
     * Counts one occurrence of something a coverage check wants to see. The machine counts its crashes
     * ({@code crash.<kind>}); its file systems count injected failures ({@code io failure.<fs>.<file>.<op>}),
     * torn writes ({@code torn write.<fs>}) and lost directory operations ({@code directory op lost.<fs>}).
     *
     * @param what its name
     */
    public void count(String what) {
        counts.merge(Require.present("what", what), 1, Integer::sum);
    }

    /**
     * What was counted so far.
     *
     * @return the counts by name, sorted, read-only
     */
    public NavigableMap<String, Integer> counts() {
        return Collections.unmodifiableNavigableMap(counts);
    }

    /**
     * How many file-system operations (crash points) the run has passed.
     *
     * @return the count
     */
    public long operations() {
        return operations;
    }

    /**
     * The run's context.
     *
     * @return it
     */
    public SimContext context() {
        return context;
    }

    /**
     * The run's trace.
     *
     * @return it
     */
    public Trace trace() {
        return trace;
    }
}
