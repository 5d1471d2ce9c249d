package dev.simscaffold.bench;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.corpus.lease.LeaseTable;
import dev.simscaffold.testkit.exhaustive.ExhaustiveSearch;
import dev.simscaffold.testkit.scenario.Action;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * {@code ExhaustiveSearch} on the lease machine (2 instances, 2 clients each acquiring and releasing, time
 * advancing by 5 ticks, one invariant) against a bare breadth-first search over the same moves that
 * deduplicates (leases, time) worlds in a {@link HashSet}. One operation is one complete search to
 * {@link #DEPTH}; both explore the same worlds, so the ratio {@code exhaustiveSearch / bareLoop} is the
 * search's overhead per state.
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ExhaustiveBench extends BenchDefaults {

    /** How deep both searches go. */
    static final int DEPTH = 7;

    private static final long ADVANCE = 5;
    private static final int INSTANCES = 2;
    private static final int CLIENTS = 2;

    private final LeaseTable machine = new LeaseTable();

    private static List<LeaseTable.Request> requests() {
        List<LeaseTable.Request> requests = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            requests.add(new LeaseTable.Acquire(client));
            requests.add(new LeaseTable.Release(client));
        }
        return requests;
    }

    /**
     * One complete {@code ExhaustiveSearch} run.
     *
     * @return the number of states it explored
     */
    @Benchmark
    public long exhaustiveSearch() {
        List<Action<LeaseTable.Request>> alphabet = new ArrayList<>();
        for (int instance = 0; instance < INSTANCES; instance++) {
            for (LeaseTable.Request request : requests()) {
                alphabet.add(Action.apply(instance, request));
            }
        }
        alphabet.add(Action.advance(ADVANCE));
        return ExhaustiveSearch.builder(machine).instances(INSTANCES, LeaseTable.Lease.FREE).alphabet(alphabet)
                .expect(Expectation.always("epochs are never negative", view -> epochsNonNegative(view.states(), view.now())))
                .depth(DEPTH).build().run().statesExplored();
    }

    static List<String> epochsNonNegative(List<LeaseTable.Lease> leases, LogicalTime now) {
        for (LeaseTable.Lease lease : leases) {
            if (lease.epoch() < 0) {
                return List.of("negative epoch in " + lease);
            }
        }
        return List.of();
    }

    /** A world of the bare search: every instance's lease and the time. */
    private record World(List<LeaseTable.Lease> leases, long now) {
    }

    /**
     * The same breadth-first search written by hand.
     *
     * @return the number of distinct worlds it reached
     */
    @Benchmark
    public long bareLoop() {
        List<LeaseTable.Request> requests = requests();
        World initial = new World(List.of(LeaseTable.Lease.FREE, LeaseTable.Lease.FREE), 0);
        Set<World> seen = new HashSet<>();
        seen.add(initial);
        List<World> frontier = List.of(initial);
        for (int level = 0; level < DEPTH; level++) {
            List<World> next = new ArrayList<>();
            for (World world : frontier) {
                LogicalTime now = LogicalTime.of(world.now());
                for (int instance = 0; instance < INSTANCES; instance++) {
                    for (LeaseTable.Request request : requests) {
                        LeaseTable.Lease[] leases = world.leases().toArray(new LeaseTable.Lease[0]);
                        leases[instance] = machine.transition(leases[instance], request, now).state();
                        World after = new World(List.copyOf(Arrays.asList(leases)), world.now());
                        if (epochsNonNegative(after.leases(), now).isEmpty() && seen.add(after)) {
                            next.add(after);
                        }
                    }
                }
                World later = new World(world.leases(), world.now() + ADVANCE);
                if (seen.add(later)) {
                    next.add(later);
                }
            }
            frontier = next;
        }
        return seen.size();
    }
}
