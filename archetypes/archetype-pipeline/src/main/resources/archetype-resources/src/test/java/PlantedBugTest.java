package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import ${package}.${moduleName}Effect.Emit;
import ${package}.${moduleName}Effect.Quarantine;
import ${package}.${moduleName}Effect.SyncOutputs;
import ${package}.${moduleName}Simulation.Scenario;
import ${package}.${moduleName}Simulation.Wiring;
import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.testkit.planted.PlantedBug;
import dev.simscaffold.testkit.property.PropertyFailedError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proof that the shipped invariants can fail. Each test plants one bug (in the rules or in the sink), runs
 * the faulty simulation over seeds until one exposes it, and checks that the intended invariant reports it
 * with a seed that replays the very same failure; the last tests show that the property shrinks such a
 * failure and that a seed sweep reports it with its replay command and trace. If a test here fails, an
 * invariant or the fault model has gone blind to the bug it exists to catch.
 */
class PlantedBugTest {

    /** How many seeds a planted bug may take to surface; each bug here needs only a few. */
    private static final int SEARCH_SEEDS = 200;

    private static final Scenario SCENARIO = Scenario.faulty();
    private static final ${moduleName}Logic RULES = new ${moduleName}Logic(SCENARIO.policy());
    /**
     * The shrinking test's scenario keeps a fixed checkpoint interval, so that the sample trace the README
     * shows from it is the same whatever {@code checkpointEvery} the module was generated with.
     */
    private static final Scenario SHOWN = SCENARIO.checkpointing(new CheckpointPolicy(5, 50));
    /** The fingerprint of the shrunk run of {@link #theFaultyPropertyCatchesACheckpointCommittedBeforeTheFsync()}. */
    private static final String SHOWN_FINGERPRINT = "f4038d3c6e0a17bd";

    @Test
    void committingTheCheckpointBeforeTheSinksFsyncRunsItAheadOfTheDurableOutput() {
        planted(new Wiring(checkpointBeforeFsync(RULES), ${moduleName}Simulation::shippedSink))
                .assertCaughtBy(${moduleName}Invariants.CHECKPOINT_NEVER_AHEAD);
    }

    @Test
    void acknowledgingACorruptRecordAsOutputIsCaught() {
        planted(new Wiring(PlantedBugTest::emitCorruptRecords, ${moduleName}Simulation::shippedSink))
                .assertCaughtBy(${moduleName}Invariants.CORRUPT_QUARANTINED);
    }

    @Test
    void aSinkThatAppendsRepeatsDuplicatesOutputsReplayedAfterACrash() {
        planted(new Wiring(RULES, PlantedBugTest::sinkWithoutIdempotentWrites))
                .assertCaughtBy(${moduleName}Invariants.EXACTLY_ONCE);
    }

    @Test
    void droppingOrdersWithAZeroTotalLosesThem() {
        planted(new Wiring(PlantedBugTest::dropZeroTotals, ${moduleName}Simulation::shippedSink))
                .assertCaughtBy(${moduleName}Invariants.NOTHING_LOST);
    }

    /**
     * The early checkpoint fails the faulty property itself, shrunk to a record or two and no faults, not
     * only a hunt over seeds: the property is what a developer runs on every build. The README shows the
     * trace file this test writes, and the fingerprint pins that run: the same seed must give the same run
     * on every JDK and machine. If you changed the rules, the workload or the faults on purpose, the run
     * changes with them: put the fingerprint this test reports here, and the new trace file in the README.
     */
    @Test
    void theFaultyPropertyCatchesACheckpointCommittedBeforeTheFsync() {
        Wiring bug = new Wiring(checkpointBeforeFsync(new ${moduleName}Logic(SHOWN.policy())), ${moduleName}Simulation::shippedSink);
        PropertyFailedError failure = PlantedBug.assertPropertyCatches(${moduleName}Invariants.CHECKPOINT_NEVER_AHEAD,
                random -> ${moduleName}Simulation.run(random, SHOWN, bug, List.of()));

        InvariantViolationError shrunk = (InvariantViolationError) failure.result().shrunk().failure();
        assertThat(shrunk.trace().fingerprintHex()).as("the fingerprint of the shrunk run the README shows").isEqualTo(SHOWN_FINGERPRINT);
    }

    /**
     * A seed sweep such as those in {@code ${moduleName}Properties} reports a bug it finds with what a
     * reader needs: the seed, the command that reruns just that seed, and the trace files.
     */
    @Test
    void aSweepThatFindsABugReportsTheSeedTheReplayCommandAndTheTrace() {
        planted(new Wiring(PlantedBugTest::emitCorruptRecords, ${moduleName}Simulation::shippedSink))
                .assertSweepReports("${moduleName}-planted-bug", ${moduleName}Invariants.CORRUPT_QUARANTINED);
    }

    /** Bug: commits the checkpoint first and fsyncs the sinks after it, so a power loss between them loses covered outputs. */
    private static StateMachine<${moduleName}State, ${moduleName}Input, ${moduleName}Effect> checkpointBeforeFsync(${moduleName}Logic rules) {
        return (state, input, now) -> {
            Step<${moduleName}State, ${moduleName}Effect> step = rules.transition(state, input, now);
            List<${moduleName}Effect> reordered = new ArrayList<>(step.effects());
            reordered.removeIf(effect -> effect instanceof SyncOutputs);
            if (reordered.size() < step.effects().size()) {
                reordered.add(new SyncOutputs());
            }
            return Step.of(step.state(), reordered);
        };
    }

    /** Bug: a record that fails validation is passed downstream as it is, instead of being quarantined. */
    private static Step<${moduleName}State, ${moduleName}Effect> emitCorruptRecords(
            ${moduleName}State state, ${moduleName}Input input, LogicalTime now) {
        Step<${moduleName}State, ${moduleName}Effect> step = RULES.transition(state, input, now);
        List<${moduleName}Effect> effects = new ArrayList<>();
        for (${moduleName}Effect effect : step.effects()) {
            effects.add(effect instanceof Quarantine refused
                    ? new Emit(new OutputRecord(refused.record().offset(), refused.record().text()))
                    : effect);
        }
        return Step.of(step.state(), effects);
    }

    /** Bug: "a zero total needs no output", so free orders vanish: neither output nor quarantined. */
    private static Step<${moduleName}State, ${moduleName}Effect> dropZeroTotals(
            ${moduleName}State state, ${moduleName}Input input, LogicalTime now) {
        Step<${moduleName}State, ${moduleName}Effect> step = RULES.transition(state, input, now);
        List<${moduleName}Effect> effects = new ArrayList<>(step.effects());
        effects.removeIf(effect -> effect instanceof Emit emit && emit.output().value().endsWith(",0"));
        return Step.of(step.state(), effects);
    }

    /** Bug: the sink appends every write, so the outputs a restarted stage replays appear twice. */
    private static OutputSink sinkWithoutIdempotentWrites(SimMachine machine) throws StageIoException {
        SimFrameLog log = SimFrameLog.open(machine, machine.sink());
        return new OutputSink() {
            @Override
            public void write(OutputRecord output) throws StageIoException {
                log.append(output.offset(), RecordFrames.encode(output));
            }

            @Override
            public void sync() throws StageIoException {
                log.sync();
            }
        };
    }

    /** The faulty simulation over the bug, run for each of the seeds a planted bug may take to surface. */
    private static PlantedBug planted(Wiring bug) {
        return PlantedBug.searching(SEARCH_SEEDS, seed -> ${moduleName}Simulation.run(seed, SCENARIO, bug));
    }
}
