package dev.simscaffold.corpus.lease;

import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.random.SimRandom;
import java.util.List;

/**
 * A workload of the lease protocol and the stream every other decision is drawn from (the network's delays and
 * losses, the clocks, how long each client works): as a generated value it shrinks like any other.
 *
 * @param cycles the client operations: for each, the client (from 0) that runs one more lease cycle
 * @param random the stream of the network's decisions and of the clients' work times
 */
public record LeaseScenario(List<Integer> cycles, SimRandom random) {

    /** The label of the span each operation is drawn in, after {@code op.}: one client operation to the shrinker. */
    public static final String OPERATION_KIND = "lease";

    /**
     * Up to 16 lease cycles over {@link LeaseCluster#CLIENTS} clients, about 8 on average, each drawn as one
     * {@code op.lease} span ({@link Gen#operations}), so that shrinking deletes a cycle as a unit and
     * {@link dev.simscaffold.core.check.ActionCount} counts it.
     */
    public static final Gen<LeaseScenario> SCENARIOS = Gen.zip(
            Gen.operations(OPERATION_KIND, Gen.ints(0, LeaseCluster.CLIENTS - 1), 16, 8), Gen.liveRandom(), LeaseScenario::new);

    /**
     * Copies the cycles.
     *
     * @param cycles the clients of the cycles
     * @param random the stream
     */
    public LeaseScenario {
        cycles = List.copyOf(cycles);
    }

    /**
     * Returns how many cycles one client runs.
     *
     * @param client the client's number, from 0
     * @return its cycles
     */
    public int cyclesOf(int client) {
        return (int) cycles.stream().filter(c -> c == client).count();
    }
}
