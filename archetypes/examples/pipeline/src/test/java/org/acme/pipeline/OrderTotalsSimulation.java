package org.acme.pipeline;

import org.acme.pipeline.OrderTotalsEffect.Emit;
import org.acme.pipeline.OrderTotalsEffect.Quarantine;
import org.acme.pipeline.adapter.FileCheckpointStore;
import org.acme.pipeline.adapter.FileRecordSource;
import org.acme.pipeline.adapter.FramedFileSink;
import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.expect.BrokenExpectationException;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.storage.FileSystem;
import dev.simscaffold.core.storage.MachineCrash;
import dev.simscaffold.core.storage.SimDisk;
import dev.simscaffold.core.storage.SimFileSystem;
import dev.simscaffold.core.storage.SimMachine;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;

/**
 * Runs the stage on a simulated machine until it has drained a drawn input, through crashes and I/O
 * failures, and checks the invariants at every crash point (before every file-system operation), after every
 * step and at the end.
 *
 * <p>The stage runs on exactly its production adapters ({@code FileRecordSource}, {@code FramedFileSink},
 * {@code FileCheckpointStore}), on sim-core's {@code SimFileSystem} instead of a real directory: sim-core's
 * {@code SimMachine} is the one process with its disk, every operation a crash point where it may go down
 * by a process crash or a power loss. There is no simulated twin of any adapter, so what the simulation
 * proves, it proves of the code production runs.
 *
 * <p>A run narrates in phases: upstream installs the source file, written and synced; the stage recovers
 * from the last checkpoint (none at first), then steps through the input, with a few ticks of idle time
 * between steps; when the machine crashes or a boundary fails, the stage instance is thrown away and a new
 * one recovers from the disk, as a supervisor would restart it. Crashes stop after the scenario's budget, so
 * the run ends; a stage that does not drain its input within {@value #MAX_RECOVERIES} recoveries fails the run.
 *
 * <p>All chance comes from one root stream: the workload draws from {@code workload}, idle time from
 * {@code idle}, the machine and its disk from their own forks. The same seed replays the same run, and given
 * the property engine's recording stream a failing run shrinks to fewer records and fewer faults at once.
 */
final class OrderTotalsSimulation {

    /** Recoveries after which a run that has not drained its input fails. */
    static final int MAX_RECOVERIES = 300;
    /** The name under which the stage's own events appear in the trace. */
    private static final String STAGE = "stage";
    /** Liveness: with crashes bounded and failures rare, the stage must get through its input. */
    static final String FINISHES = "the stage drains its input";
    /** The source file, installed by upstream before the stage starts. */
    static final String SOURCE = "orders.txt";
    /** The output sink's file. */
    static final String OUTPUTS = "outputs.log";
    /** The quarantine's file. */
    static final String QUARANTINE = "quarantine.log";
    /** The checkpoint's file. */
    static final String CHECKPOINT = "checkpoint";

    /**
     * What the machine may do wrong.
     *
     * @param storage the faults of the machine's disk; the source file on it was synced by upstream, so only
     *                latency and read errors reach it
     * @param sectorBytes the disk's sector size: a torn write keeps whole sectors
     * @param crashes how the machine goes down: per operation, the share of power losses, the budget per run
     */
    record Faults(StorageFaults storage, int sectorBytes, SimMachine.Crashes crashes) {

        /** No faults at all: instant, perfect disk and no crash. */
        static Faults none() {
            return new Faults(StorageFaults.none(), SimDisk.DEFAULT_SECTOR_BYTES, SimMachine.Crashes.none());
        }
    }

    /**
     * The shape of a run.
     *
     * @param name a label for reports
     * @param minRecords the fewest input lines
     * @param maxRecords the most input lines
     * @param corruptRate the probability that a line is damaged
     * @param policy when the stage checkpoints
     * @param batchSize how many records a step reads
     * @param maxIdleTicks the most ticks that pass between two steps
     * @param faults what the machine does wrong
     */
    record Scenario(String name, int minRecords, int maxRecords, double corruptRate, CheckpointPolicy policy, int batchSize,
            long maxIdleTicks, Faults faults) {

        /**
         * Damaged input, perfect disks, no crash.
         *
         * @return the scenario
         */
        static Scenario calm() {
            return new Scenario("calm", 1, 60, 0.2, CheckpointPolicy.DEFAULT, OrderTotalsStage.DEFAULT_BATCH, 3, Faults.none());
        }

        /**
         * The calm scenario on a bad machine: latency, 2% read, write and fsync errors, up to six crashes at
         * 3% per operation, half of them power losses that keep each unsynced file operation with probability
         * one half, a prefix of the unsynced directory operations, and tear a file's last unsynced write half the
         * time, at 8-byte sectors so that a checkpoint can tear.
         *
         * @return the scenario
         */
        static Scenario faulty() {
            StorageFaults storage = StorageFaults.builder().minLatencyTicks(0).maxLatencyTicks(2)
                    .readErrorRate(0.02).writeErrorRate(0.02).fsyncErrorRate(0.02)
                    .unsyncedSurvivalRate(0.5).tornWriteRate(0.5).build();
            return new Scenario("faulty", 1, 60, 0.2, CheckpointPolicy.DEFAULT, OrderTotalsStage.DEFAULT_BATCH, 3,
                    new Faults(storage, 8, new SimMachine.Crashes(0.03, 0.5, 6)));
        }

        /**
         * This scenario with another checkpoint policy.
         *
         * @param other the policy
         * @return the scenario
         */
        Scenario checkpointing(CheckpointPolicy other) {
            return new Scenario(name, minRecords, maxRecords, corruptRate, other, batchSize, maxIdleTicks, faults);
        }
    }

    /**
     * How a run wires the stage: the rules, the output sink and the checkpoint store. The shipped wiring is
     * the example's, with the production adapters; a planted bug replaces one of them.
     *
     * @param logic the processing rules
     * @param sink opens the output sink on a (re)started machine
     * @param checkpoints opens the checkpoint store on a (re)started machine
     */
    record Wiring(StateMachine<OrderTotalsState, OrderTotalsInput, OrderTotalsEffect> logic, SinkOpener sink,
            StoreOpener checkpoints) {

        /**
         * The example as shipped.
         *
         * @param scenario the scenario, for its checkpoint policy
         * @return the wiring
         */
        static Wiring shipped(Scenario scenario) {
            return new Wiring(new OrderTotalsLogic(scenario.policy()), OrderTotalsSimulation::shippedSink,
                    OrderTotalsSimulation::shippedCheckpoints);
        }

        /**
         * This wiring with other rules.
         *
         * @param other the rules
         * @return the wiring
         */
        Wiring ruledBy(StateMachine<OrderTotalsState, OrderTotalsInput, OrderTotalsEffect> other) {
            return new Wiring(other, sink, checkpoints);
        }
    }

    /** Opens an output sink on the machine's disk, as a restarted stage does. */
    @FunctionalInterface
    interface SinkOpener {

        /**
         * Opens the sink.
         *
         * @param files the machine's disk
         * @return the sink
         * @throws StageIoException if reading the disk failed
         */
        OutputSink open(FileSystem files) throws StageIoException;
    }

    /** Opens the checkpoint store on the machine's disk, as a restarted stage does. */
    @FunctionalInterface
    interface StoreOpener {

        /**
         * Opens the store.
         *
         * @param files the machine's disk
         * @return the store
         */
        CheckpointStore open(FileSystem files);
    }

    /**
     * What a completed run did: enough to tell a busy run from a vacuous one and to compare two runs.
     *
     * @param seed the seed that replays it
     * @param recoveries how many times the stage was started, the first start included
     * @param end the simulated time at the end
     * @param fingerprint the trace fingerprint; equal fingerprints mean identical runs
     * @param counts how often each fault, each kind of effect and each recovery path occurred, by name
     */
    record Outcome(long seed, int recoveries, LogicalTime end, String fingerprint, NavigableMap<String, Integer> counts) {
    }

    private final Scenario scenario;
    private final Wiring wiring;
    private final List<Expectation<StageView>> invariants = new ArrayList<>(OrderTotalsInvariants.standard());
    private final SimContext context;
    private final Trace trace = Trace.full();
    private final SimMachine machine;
    private final SimFileSystem disk;
    private final SourceFile input;
    private StageView lastView;
    private long judgedVersion = -1;
    private long steps;

    private OrderTotalsSimulation(SimRandom random, Scenario scenario, Wiring wiring, List<Expectation<StageView>> extraInvariants) {
        this.scenario = scenario;
        this.wiring = wiring;
        this.invariants.addAll(extraInvariants);
        this.context = new SimContext(random);
        this.input = SourceFile.draw(context.fork("workload"), scenario.minRecords()
                + (int) context.fork("size").between(0, scenario.maxRecords() - scenario.minRecords()), scenario.corruptRate());
        this.machine = new SimMachine(context, trace, scenario.faults().crashes());
        this.disk = machine.fileSystem("disk", scenario.faults().sectorBytes(), scenario.faults().storage());
        machine.beforeEachOperation(this::judge);
    }

    /**
     * Opens the shipped output sink: the production framed file, on the simulated disk.
     *
     * @param files the machine's disk
     * @return the sink
     * @throws StageIoException if reading the disk failed
     */
    static OutputSink shippedSink(FileSystem files) throws StageIoException {
        return FramedFileSink.open(files, OUTPUTS);
    }

    /**
     * Opens the shipped checkpoint store: the production file store, on the simulated disk.
     *
     * @param files the machine's disk
     * @return the store
     */
    static CheckpointStore shippedCheckpoints(FileSystem files) {
        return new FileCheckpointStore(files, CHECKPOINT);
    }

    /**
     * Runs the shipped stage under a scenario.
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
     * Runs the shipped stage under a scenario, drawing every decision from {@code random}.
     *
     * @param random the run's root stream
     * @param scenario the scenario
     * @return what the run did
     * @throws InvariantViolationError at the first violation, naming the invariant and the seed
     */
    static Outcome run(SimRandom random, Scenario scenario) {
        return run(random, scenario, Wiring.shipped(scenario), List.of());
    }

    /**
     * Runs the shipped stage under the faulty scenario with the shipped invariants plus
     * {@code extraInvariants}: how the pending invariants named at generation are checked.
     *
     * @param random the run's root stream
     * @param extraInvariants invariants checked after the shipped ones
     * @return what the run did
     * @throws InvariantViolationError at the first violation, naming the invariant and the seed
     */
    static Outcome runChecking(SimRandom random, List<Expectation<StageView>> extraInvariants) {
        Scenario scenario = Scenario.faulty();
        return run(random, scenario, Wiring.shipped(scenario), extraInvariants);
    }

    /**
     * The trace of a run of the shipped stage: what {@code OrderTotalsProperties} compares between this JVM and
     * a fresh one.
     *
     * @param seed the seed
     * @param scenario the scenario
     * @return the run's trace, every event kept
     */
    static Trace trace(long seed, Scenario scenario) {
        OrderTotalsSimulation simulation = new OrderTotalsSimulation(SimRandom.seeded(seed), scenario, Wiring.shipped(scenario), List.of());
        simulation.run();
        return simulation.trace;
    }

    /**
     * Runs a given wiring (the shipped one, or a planted bug) under a scenario.
     *
     * @param seed the seed
     * @param scenario the scenario
     * @param wiring the rules, sink and checkpoint store under test
     * @return what the run did
     * @throws InvariantViolationError at the first violation, naming the invariant and the seed
     */
    static Outcome run(long seed, Scenario scenario, Wiring wiring) {
        return run(SimRandom.seeded(seed), scenario, wiring, List.of());
    }

    /**
     * Runs a given wiring under a scenario with the shipped invariants plus {@code extraInvariants},
     * drawing every decision from {@code random}.
     *
     * @param random the run's root stream
     * @param scenario the scenario
     * @param wiring the rules, sink and checkpoint store under test
     * @param extraInvariants invariants checked after the shipped ones
     * @return what the run did
     * @throws InvariantViolationError at the first violation, naming the invariant and the seed
     */
    static Outcome run(SimRandom random, Scenario scenario, Wiring wiring, List<Expectation<StageView>> extraInvariants) {
        return new OrderTotalsSimulation(random, scenario, wiring, extraInvariants).run();
    }

    private Outcome run() {
        disk.install(SOURCE, input.bytes());
        SimRandom idle = context.fork("idle");
        int recoveries = 0;
        boolean drained = false;
        while (!drained) {
            if (recoveries++ == MAX_RECOVERIES) {
                fail(FINISHES, List.of("still not drained after " + MAX_RECOVERIES + " recoveries"));
            }
            try {
                OrderTotalsStage stage = recover();
                while (step(stage)) {
                    context.advance(idle.between(0, scenario.maxIdleTicks()));
                }
                drained = true;
            } catch (MachineCrash crash) {
                if (lastView != null && lastView.outputsAwaitCheckpoint()) {
                    machine.count("crash between an output write and its checkpoint");
                }
                machine.count("recovery after a crash");
            } catch (StageIoException failure) {
                trace.record(context.now(), EventKind.NOTE, STAGE, "", "I/O failure, restarting: " + failure.getMessage());
                machine.count("recovery after an I/O failure");
            }
        }
        check(observe(true));
        return new Outcome(context.seed(), recoveries, context.now(), trace.fingerprintHex(), machine.counts());
    }

    private OrderTotalsStage recover() throws StageIoException {
        OrderTotalsStage stage = OrderTotalsStage.recover(traced(wiring.logic()), new FileRecordSource(disk, SOURCE),
                wiring.sink().open(disk), FramedFileSink.open(disk, QUARANTINE), wiring.checkpoints().open(disk),
                scenario.batchSize());
        trace.record(context.now(), EventKind.RESTART, STAGE, "", "recovered at offset " + stage.state().nextOffset()
                + " from checkpoint " + stage.state().checkpoints());
        return stage;
    }

    private boolean step(OrderTotalsStage stage) throws StageIoException {
        steps++;
        boolean more = stage.step(context.now());
        judge();
        return more;
    }

    /**
     * Checks the invariants over a view of the disk, unless the disk has not changed since the last view was
     * judged: the invariants are functions of the view alone, so the same view would get the same verdicts.
     */
    private void judge() {
        if (disk.version() != judgedVersion) {
            judgedVersion = disk.version();
            check(observe(false));
        }
    }

    /** Takes a view of the disk, and keeps it for the counts of what the stage does next. */
    private StageView observe(boolean finished) {
        lastView = StageView.of(input, disk, finished);
        return lastView;
    }

    /**
     * The rules, with every input and effect recorded in the trace and every effect kind counted, and a replayed
     * output or quarantine entry the sink already holds (which the sink then drops) counted too. The trace shows
     * the machine's time; the rules see the time their step started, the checkpoint boundary.
     */
    private StateMachine<OrderTotalsState, OrderTotalsInput, OrderTotalsEffect> traced(
            StateMachine<OrderTotalsState, OrderTotalsInput, OrderTotalsEffect> logic) {
        return (state, input, now) -> {
            trace.record(context.now(), EventKind.STEP, STAGE, "", input.toString());
            Step<OrderTotalsState, OrderTotalsEffect> step = logic.transition(state, input, now);
            for (OrderTotalsEffect effect : step.effects()) {
                trace.record(context.now(), EventKind.EFFECT, STAGE, "", effect.toString());
                machine.count(effect.getClass().getSimpleName());
                countRepeat(effect);
            }
            return step;
        };
    }

    private void countRepeat(OrderTotalsEffect effect) {
        if (lastView == null) {
            return;
        }
        if (effect instanceof Emit emit && lastView.outputs().stream().anyMatch(frame -> frame.key() == emit.output().offset())) {
            machine.count("repeat dropped by sink");
        } else if (effect instanceof Quarantine refused
                && lastView.quarantined().stream().anyMatch(frame -> frame.key() == refused.record().offset())) {
            machine.count("repeat dropped by quarantine");
        }
    }

    /** Checks every invariant over one view; a check that throws fails the run under its invariant's name. */
    private void check(StageView view) {
        for (Expectation<StageView> invariant : invariants) {
            List<String> violations;
            try {
                violations = invariant.unmet(view);
            } catch (BrokenExpectationException broken) {
                violations = List.of(broken.getMessage());
            }
            if (!violations.isEmpty()) {
                fail(invariant.name(), violations);
            }
        }
    }

    private void fail(String invariant, List<String> violations) {
        trace.record(context.now(), EventKind.VIOLATION, STAGE, "", invariant + " " + String.join("; ", violations));
        throw new InvariantViolationError(invariant, violations, context.seed(), steps, context.now(), trace);
    }
}
