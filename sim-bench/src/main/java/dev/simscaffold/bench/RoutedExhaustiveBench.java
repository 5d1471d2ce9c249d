package dev.simscaffold.bench;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.EffectFaults;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.corpus.lease.LeaseTable;
import dev.simscaffold.corpus.lease.ReplicatedLeaseTable;
import dev.simscaffold.testkit.exhaustive.ExhaustiveSearch;
import dev.simscaffold.testkit.scenario.Action;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * {@code ExhaustiveSearch} on {@link ReplicatedLeaseTable} (2 instances whose changes of holder travel as
 * routed effects, 2 clients, {@code advance(5)}, one invariant) against a bare breadth-first search over
 * the same worlds (states, time, messages in flight). With {@code faults=none} messages arrive in sending
 * order before time moves on; with {@code faults=lossy} (delay, drop and duplicate faults on) any message
 * may arrive next, be lost or be delivered and kept, time may pass first, and the order in flight is
 * normalised. One operation is one complete search; the smoke test checks that both count the same
 * states.
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RoutedExhaustiveBench extends BenchDefaults {

    private static final long ADVANCE = 5;

    /** Effect faults: {@code none} or {@code lossy}. */
    @Param({"none", "lossy"})
    public String faults = "none";

    private final ReplicatedLeaseTable machine = new ReplicatedLeaseTable(false);

    private boolean lossy() {
        return faults.equals("lossy");
    }

    /** Depth 7 without faults; 5 with them, where every message has three fates and the worlds multiply. */
    private int depth() {
        return lossy() ? 5 : 7;
    }

    private static List<ReplicatedLeaseTable.Input> requests() {
        List<ReplicatedLeaseTable.Input> requests = new ArrayList<>();
        for (int client = 0; client < 2; client++) {
            requests.add(new ReplicatedLeaseTable.Client(new LeaseTable.Acquire(client)));
            requests.add(new ReplicatedLeaseTable.Client(new LeaseTable.Release(client)));
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
        List<Action<ReplicatedLeaseTable.Input>> alphabet = new ArrayList<>();
        for (int instance = 0; instance < 2; instance++) {
            for (ReplicatedLeaseTable.Input request : requests()) {
                alphabet.add(Action.apply(instance, request));
            }
        }
        alphabet.add(Action.advance(ADVANCE));
        EffectFaults effectFaults = lossy() ? EffectFaults.builder().delayRate(0.1).dropRate(0.1).duplicateRate(0.1).build() : EffectFaults.NONE;
        return ExhaustiveSearch.builder(machine).instances(2, LeaseTable.Lease.FREE).alphabet(alphabet)
                .router(ReplicatedLeaseTable.ROUTER).faults(effectFaults)
                .expect(Expectation.always("epochs are never negative", view -> ExhaustiveBench.epochsNonNegative(view.states(), view.now())))
                .depth(depth()).maxStates(Long.MAX_VALUE).build().run().statesExplored();
    }

    /** A message in flight in the bare search. */
    private record Letter(int to, ReplicatedLeaseTable.Sync sync) {
    }

    private static final Comparator<Letter> ORDER = Comparator.comparingInt(Letter::to)
            .thenComparingInt(letter -> letter.sync().holder()).thenComparingLong(letter -> letter.sync().epoch());

    /** A world of the bare search. */
    private record World(List<LeaseTable.Lease> leases, long now, List<Letter> inFlight) {
    }

    /**
     * The same breadth-first search written by hand.
     *
     * @return the number of distinct worlds it reached
     */
    @Benchmark
    public long bareLoop() {
        World initial = new World(List.of(LeaseTable.Lease.FREE, LeaseTable.Lease.FREE), 0, List.of());
        Set<World> seen = new HashSet<>();
        seen.add(initial);
        List<World> frontier = List.of(initial);
        for (int level = 0; level < depth(); level++) {
            List<World> next = new ArrayList<>();
            for (World world : frontier) {
                for (int instance = 0; instance < 2; instance++) {
                    for (ReplicatedLeaseTable.Input request : requests()) {
                        visit(step(world, world.inFlight(), instance, request), seen, next);
                    }
                }
                if (world.inFlight().isEmpty() || lossy()) {
                    visit(new World(world.leases(), world.now() + ADVANCE, world.inFlight()), seen, next);
                }
                int deliverable = lossy() ? world.inFlight().size() : Math.min(1, world.inFlight().size());
                for (int k = 0; k < deliverable; k++) {
                    Letter letter = world.inFlight().get(k);
                    List<Letter> rest = new ArrayList<>(world.inFlight());
                    rest.remove(k);
                    visit(step(world, rest, letter.to(), letter.sync()), seen, next);
                    if (lossy()) {
                        visit(step(world, world.inFlight(), letter.to(), letter.sync()), seen, next);
                        visit(new World(world.leases(), world.now(), List.copyOf(rest)), seen, next);
                    }
                }
            }
            frontier = next;
        }
        return seen.size();
    }

    private static void visit(World world, Set<World> seen, List<World> next) {
        if (ExhaustiveBench.epochsNonNegative(world.leases(), LogicalTime.of(world.now())).isEmpty() && seen.add(world)) {
            next.add(world);
        }
    }

    private World step(World world, List<Letter> inFlight, int instance, ReplicatedLeaseTable.Input input) {
        List<LeaseTable.Lease> leases = new ArrayList<>(world.leases());
        Step<LeaseTable.Lease, ReplicatedLeaseTable.Announce> step = machine.transition(leases.get(instance), input, LogicalTime.of(world.now()));
        leases.set(instance, step.state());
        List<Letter> letters = new ArrayList<>(inFlight);
        for (ReplicatedLeaseTable.Announce announce : step.effects()) {
            letters.add(new Letter(1 - instance, new ReplicatedLeaseTable.Sync(announce.holder(), announce.epoch())));
        }
        if (lossy()) {
            letters.sort(ORDER);
        }
        return new World(List.copyOf(leases), world.now(), List.copyOf(letters));
    }
}
