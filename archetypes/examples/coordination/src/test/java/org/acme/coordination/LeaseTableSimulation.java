package org.acme.coordination;

import org.acme.coordination.LeaseTableEffect.Granted;
import org.acme.coordination.LeaseTableEffect.Rejected;
import org.acme.coordination.LeaseTableEffect.Released;
import org.acme.coordination.LeaseTableEffect.Renewed;
import org.acme.coordination.LeaseTableInput.Acquire;
import org.acme.coordination.LeaseTableInput.Release;
import org.acme.coordination.LeaseTableInput.Renew;
import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.EffectRecord;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.harness.SimHarnessBuilder;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.harness.Transition;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Wires lease tables into a {@link SimHarness} and drives them with workers that act on what they were
 * told, the way real workers would.
 *
 * <p>Each harness instance is an independent lease table. Every step, one worker sends one request to
 * one table: it renews or releases a lease it believes it holds, acquires a shard, or (now and then)
 * names a lease it does not hold, as a worker does after a pause. The table's answers reach the
 * workers through the harness's effect faults, so a dropped grant leaves a worker unaware that it holds
 * a lease and a delayed one arrives after the worker has moved on. Between steps the clock moves by up
 * to half a lease TTL, and clock faults jump it further, so leases expire in the middle of everything.
 * All invariants run after every step; the first violation stops the run with its seed.
 *
 * <p>All chance comes from one root stream: the harness forks its own streams for faults, the workload
 * draws from {@code context().fork("workload")}. The same seed therefore replays the same run exactly,
 * and when the property engine hands in its recording stream, a failing run shrinks to fewer requests
 * and fewer faults at once.
 */
final class LeaseTableSimulation {

    /**
     * The shape of a run.
     *
     * @param name a label for reports
     * @param tables how many independent lease tables (harness instances)
     * @param workers how many workers compete for shards
     * @param shards how many shards each table hands out
     * @param leaseTtlTicks how long a grant or renewal lasts
     * @param steps how many requests a run sends
     * @param faults what the harness injects between the tables and the workers
     */
    record Scenario(String name, int tables, int workers, int shards, long leaseTtlTicks, int steps, FaultConfig faults) {

        /**
         * Few shards, many workers, no faults: contention and expiry alone.
         *
         * @return the scenario
         */
        static Scenario calm() {
            return new Scenario("calm", 2, 5, 3, 10, 300, FaultConfig.none());
        }

        /**
         * The calm scenario plus lost, late and repeated answers, and clock jumps of up to two and a half
         * TTLs that expire leases while their holders are still using them.
         *
         * @return the scenario
         */
        static Scenario faulty() {
            FaultConfig faults = FaultConfig.builder()
                    .effects(e -> e.dropRate(0.2).duplicateRate(0.05).delayRate(0.2).minDelayTicks(1).maxDelayTicks(15))
                    .clock(c -> c.jumpRate(0.1).maxJumpTicks(25))
                    .build();
            return new Scenario("faulty", 2, 5, 3, 10, 300, faults);
        }
    }

    /**
     * What a completed run did: enough to tell a busy run from a vacuous one and to compare two runs.
     *
     * @param seed the seed that replays it
     * @param steps how many requests were applied
     * @param end the simulated time at the end
     * @param fingerprint the trace fingerprint; equal fingerprints mean identical runs
     * @param counts how often each answer, each fault and each clock jump occurred, by name
     */
    record Outcome(long seed, long steps, LogicalTime end, String fingerprint, NavigableMap<String, Integer> counts) {
    }

    /**
     * The span label of one request with the time that passes after it: shrinking deletes a request
     * together with the faults and the clock movement it drew, instead of letting them slide onto the
     * next request.
     */
    private static final String REQUEST_SPAN = "request";

    private LeaseTableSimulation() {
    }

    /**
     * Runs the shipped rules under a scenario with the shipped invariants.
     *
     * @param seed the seed
     * @param scenario the scenario
     * @return what the run did
     * @throws InvariantViolationError at the first violation, naming the invariant and the seed
     */
    static Outcome run(long seed, Scenario scenario) {
        return run(SimRandom.seeded(seed), scenario);
    }

    /**
     * Runs the shipped rules under a scenario, drawing every decision (workload and faults) from
     * {@code random}: given the property engine's live stream, a failing run shrinks as a whole.
     *
     * @param random the run's root stream
     * @param scenario the scenario
     * @return what the run did
     * @throws InvariantViolationError at the first violation, naming the invariant and the seed
     */
    static Outcome run(SimRandom random, Scenario scenario) {
        return run(random, scenario, new LeaseTableLogic(scenario.leaseTtlTicks()), List.of());
    }

    /**
     * Runs the shipped rules under the faulty scenario with the shipped invariants plus {@code extraInvariants}:
     * how {@code LeaseTablePendingInvariantsTest} runs each stub once it is written.
     *
     * @param random the run's root stream
     * @param extraInvariants more invariants over one step, checked after the shipped ones
     * @return what the run did
     * @throws InvariantViolationError at the first violation, naming the invariant and the seed
     */
    static Outcome runChecking(SimRandom random, List<Expectation<Transition<LeaseTableState, LeaseTableInput>>> extraInvariants) {
        Scenario scenario = Scenario.faulty();
        return run(random, scenario, new LeaseTableLogic(scenario.leaseTtlTicks()), extraInvariants);
    }

    /**
     * Runs a given state machine (the shipped rules, or a planted bug) under a scenario with the shipped
     * invariants plus {@code extraInvariants}.
     *
     * @param seed the seed
     * @param scenario the scenario
     * @param rules the transition function under test
     * @param extraInvariants more invariants over one step, checked after the shipped ones
     * @return what the run did
     * @throws InvariantViolationError at the first violation, naming the invariant and the seed
     */
    static Outcome run(long seed, Scenario scenario, StateMachine<LeaseTableState, LeaseTableInput, LeaseTableEffect> rules,
            List<Expectation<Transition<LeaseTableState, LeaseTableInput>>> extraInvariants) {
        return run(SimRandom.seeded(seed), scenario, rules, extraInvariants);
    }

    /**
     * Runs a given state machine under a scenario with the shipped invariants plus
     * {@code extraInvariants}, drawing every decision from {@code random}.
     *
     * @param random the run's root stream
     * @param scenario the scenario
     * @param rules the transition function under test
     * @param extraInvariants more invariants over one step, checked after the shipped ones
     * @return what the run did
     * @throws InvariantViolationError at the first violation, naming the invariant and the seed
     */
    static Outcome run(SimRandom random, Scenario scenario, StateMachine<LeaseTableState, LeaseTableInput, LeaseTableEffect> rules,
            List<Expectation<Transition<LeaseTableState, LeaseTableInput>>> extraInvariants) {
        return run(random, scenario, rules, extraInvariants, trace -> { });
    }

    /**
     * The trace of a run of the shipped rules: what {@code LeaseTableProperties} compares between this
     * JVM and a fresh one.
     *
     * @param seed the seed
     * @param scenario the scenario
     * @return every event of the run
     */
    static Trace trace(long seed, Scenario scenario) {
        AtomicReference<Trace> trace = new AtomicReference<>();
        run(SimRandom.seeded(seed), scenario, new LeaseTableLogic(scenario.leaseTtlTicks()), List.of(), trace::set);
        return trace.get();
    }

    private static Outcome run(SimRandom random, Scenario scenario, StateMachine<LeaseTableState, LeaseTableInput, LeaseTableEffect> rules,
            List<Expectation<Transition<LeaseTableState, LeaseTableInput>>> extraInvariants, Consumer<Trace> finished) {
        Workers workers = new Workers(scenario);
        SimHarnessBuilder<LeaseTableState, LeaseTableInput, LeaseTableEffect> builder = SimHarness.builder(rules)
                .context(new SimContext(random))
                .instances(scenario.tables(), LeaseTableState.empty())
                .faults(scenario.faults())
                .effectSink((table, effect, at) -> workers.hear(table, effect));
        LeaseTableInvariants.standard().forEach(builder::expectStep);
        extraInvariants.forEach(builder::expectStep);
        SimHarness<LeaseTableState, LeaseTableInput, LeaseTableEffect> harness = builder.build();

        SimRandom workload = harness.context().fork("workload");
        for (int i = 0; i < scenario.steps(); i++) {
            random.span(REQUEST_SPAN, () -> {
                int table = workload.nextInt(scenario.tables());
                harness.apply(table, workers.nextRequest(table, workload));
                harness.advance(workload.between(0, scenario.leaseTtlTicks() / 2));
            });
        }
        finished.accept(harness.trace());
        return new Outcome(harness.seed(), harness.steps(), harness.now(), harness.trace().fingerprintHex(), counts(harness));
    }

    private static NavigableMap<String, Integer> counts(SimHarness<LeaseTableState, LeaseTableInput, LeaseTableEffect> harness) {
        NavigableMap<String, Integer> counts = new TreeMap<>();
        for (EffectRecord<LeaseTableEffect> record : harness.effectLog()) {
            LeaseTableEffect effect = record.effect();
            String answer = effect instanceof Rejected rejected
                    ? "Rejected." + rejected.reason()
                    : effect.getClass().getSimpleName();
            counts.merge(answer, 1, Integer::sum);
            counts.merge("fate." + record.fate(), 1, Integer::sum);
        }
        for (TraceEvent event : harness.trace().events()) {
            if (event.kind() == EventKind.CLOCK_JUMP) {
                counts.merge("clock jumps", 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * The workers: what each believes it holds on each table, updated only by answers that reach it, and
     * the requests those beliefs lead to.
     */
    private static final class Workers {

        private final Scenario scenario;
        private final NavigableMap<String, NavigableMap<String, Lease>> beliefs = new TreeMap<>();

        Workers(Scenario scenario) {
            this.scenario = scenario;
        }

        /**
         * Draws one worker and one request: half the time a worker that believes it holds leases renews
         * (70%) or releases (30%) one of them; 15% of requests name a shard and an epoch at random, as a
         * worker that was paused or restarted would; the rest are acquires.
         */
        LeaseTableInput nextRequest(int table, SimRandom random) {
            String worker = "worker-" + random.nextInt(scenario.workers());
            String shard = "shard-" + random.nextInt(scenario.shards());
            List<Lease> held = new ArrayList<>(believed(table, worker).values());
            int roll = random.nextInt(100);
            if (!held.isEmpty() && roll < 50) {
                Lease lease = random.pick(held);
                return roll < 35
                        ? new Renew(lease.shard(), worker, lease.epoch())
                        : new Release(lease.shard(), worker, lease.epoch());
            }
            if (roll >= 85) {
                long guessedEpoch = random.between(1, 4);
                return random.chance(0.5) ? new Renew(shard, worker, guessedEpoch) : new Release(shard, worker, guessedEpoch);
            }
            return new Acquire(shard, worker);
        }

        /** Updates what the addressed worker believes from one answer that reached it. */
        void hear(int table, LeaseTableEffect effect) {
            NavigableMap<String, Lease> held = believed(table, effect.worker());
            if (effect instanceof Granted granted) {
                held.put(granted.shard(), granted.lease());
            } else if (effect instanceof Renewed renewed) {
                held.put(renewed.shard(), renewed.lease());
            } else if (effect instanceof Released) {
                held.remove(effect.shard());
            } else if (effect instanceof Rejected rejected && rejected.reason() != LeaseTableEffect.Reason.HELD_BY_ANOTHER) {
                held.remove(effect.shard());
            }
        }

        private NavigableMap<String, Lease> believed(int table, String worker) {
            return beliefs.computeIfAbsent("table " + table + " " + worker, key -> new TreeMap<>());
        }
    }
}
