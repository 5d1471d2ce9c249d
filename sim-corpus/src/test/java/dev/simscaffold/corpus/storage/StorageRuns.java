package dev.simscaffold.corpus.storage;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.storage.SimFileSystem;
import dev.simscaffold.core.storage.SimMachine;
import dev.simscaffold.core.trace.Trace;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The three-way proof each storage fault class gets: a program with a planted bug fails on some seed with the
 * fault on, passes every seed with it off, and its fixed twin passes every seed with it on. A run is one
 * program on one {@link SimFileSystem} of a {@link SimMachine}; it returns the violation it found, if any.
 */
final class StorageRuns {

    /** Seeds per configuration: enough for each planted bug to surface several times. */
    static final int SEEDS = 200;

    /** One run of a program on a fresh machine. */
    @FunctionalInterface
    interface Program {
        /**
         * Runs.
         *
         * @param machine the machine, with its random stream and clock
         * @param files its one file system
         * @return the violation, or empty if the run kept its promise
         * @throws IOException if an operation failed in a way the program does not handle
         */
        Optional<String> run(SimMachine machine, SimFileSystem files) throws IOException;
    }

    private StorageRuns() {
    }

    /**
     * Runs a program over {@value #SEEDS} seeds.
     *
     * @param program the program
     * @param crashes how the machine goes down
     * @param sectorBytes the sector size
     * @param faults the file system's faults
     * @return the violations, each prefixed with its seed
     */
    static List<String> violations(Program program, SimMachine.Crashes crashes, int sectorBytes, StorageFaults faults) {
        List<String> violations = new ArrayList<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            SimMachine machine = new SimMachine(new SimContext(seed), Trace.full(), crashes);
            SimFileSystem files = machine.fileSystem("disk", sectorBytes, faults);
            try {
                long at = seed;
                program.run(machine, files).ifPresent(violation -> violations.add("seed " + at + ": " + violation));
            } catch (IOException e) {
                throw new IllegalStateException("seed " + seed + ": an unexpected I/O failure: " + e.getMessage(), e);
            }
        }
        return violations;
    }
}
