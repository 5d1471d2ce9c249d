package ${package};

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

import ${package}.${moduleName}Effect.Emit;
import ${package}.${moduleName}Effect.Quarantine;
import ${package}.${moduleName}Effect.SyncOutputs;
import ${package}.${moduleName}Simulation.Scenario;
import ${package}.${moduleName}Simulation.Wiring;
import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.testkit.property.Properties;
import dev.simscaffold.testkit.property.PropertyFailedError;
import dev.simscaffold.testkit.sweep.SeedSweep;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    @Test
    void committingTheCheckpointBeforeTheSinksFsyncRunsItAheadOfTheDurableOutput() {
        assertCaught(new Wiring(checkpointBeforeFsync(RULES), ${moduleName}Simulation::shippedSink), ${moduleName}Invariants.CHECKPOINT_NEVER_AHEAD);
    }

    @Test
    void acknowledgingACorruptRecordAsOutputIsCaught() {
        assertCaught(new Wiring(PlantedBugTest::emitCorruptRecords, ${moduleName}Simulation::shippedSink), ${moduleName}Invariants.CORRUPT_QUARANTINED);
    }

    @Test
    void aSinkThatAppendsRepeatsDuplicatesOutputsReplayedAfterACrash() {
        assertCaught(new Wiring(RULES, PlantedBugTest::sinkWithoutIdempotentWrites), ${moduleName}Invariants.EXACTLY_ONCE);
    }

    @Test
    void droppingOrdersWithAZeroTotalLosesThem() {
        assertCaught(new Wiring(PlantedBugTest::dropZeroTotals, ${moduleName}Simulation::shippedSink), ${moduleName}Invariants.NOTHING_LOST);
    }

    /**
     * The early checkpoint fails the faulty property itself, shrunk to a record or two and no faults, not
     * only a hunt over seeds: the property is what a developer runs on every build.
     */
    @Test
    void theFaultyPropertyCatchesACheckpointCommittedBeforeTheFsync() {
        PropertyFailedError failure = catchThrowableOfType(PropertyFailedError.class, () -> Properties.forAll(Gen.liveRandom())
                .seed(1).printTo(new PrintStream(OutputStream.nullOutputStream()))
                .check(random -> ${moduleName}Simulation.run(random, SHOWN,
                        new Wiring(checkpointBeforeFsync(new ${moduleName}Logic(SHOWN.policy())), ${moduleName}Simulation::shippedSink), List.of())));

        assertThat(failure).as("the property over the planted bug").isNotNull();
        assertThat(failure.result().shrunk().origin().where()).isEqualTo(${moduleName}Invariants.CHECKPOINT_NEVER_AHEAD);
        assertThat(failure.getMessage()).contains("-Dsim.seed=" + failure.result().failingSeed());
    }

    /**
     * A seed sweep such as those in {@code ${moduleName}Properties} reports a bug it finds with what a
     * reader needs: the seed, the command that reruns just that seed, and the trace files.
     */
    @Test
    void aSweepThatFindsABugReportsTheSeedTheReplayCommandAndTheTrace() {
        Wiring bug = new Wiring(PlantedBugTest::emitCorruptRecords, ${moduleName}Simulation::shippedSink);
        AssertionError failure = catchThrowableOfType(AssertionError.class, () -> SeedSweep.named("${moduleName}-planted-bug")
                .firstSeed(1).seeds(SEARCH_SEEDS).maxFailures(1)
                .run(seed -> ${moduleName}Simulation.run(seed, SCENARIO, bug)));

        assertThat(failure).as("the sweep over the planted bug").isNotNull();
        long seed = firstViolation(bug).seed();
        assertThat(failure.getMessage())
                .contains("invariant violated: " + ${moduleName}Invariants.CORRUPT_QUARANTINED)
                .contains("replay just this case:")
                .contains("-Dtest='PlantedBugTest#aSweepThatFindsABugReportsTheSeedTheReplayCommandAndTheTrace' -Dsim.seed=" + seed);
        Matcher traceFile = Pattern.compile("full trace: (\\S+)").matcher(failure.getMessage());
        assertThat(traceFile.find()).as("a trace file named in the report").isTrue();
        assertThat(Path.of(traceFile.group(1))).isRegularFile();
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

    private static void assertCaught(Wiring bug, String invariant) {
        InvariantViolationError caught = firstViolation(bug);

        assertThat(caught.invariant()).isEqualTo(invariant);
        assertThat(caught.getMessage())
                .startsWith("invariant violated: " + invariant)
                .contains("seed " + caught.seed() + ", step ");

        InvariantViolationError replayed = catchThrowableOfType(InvariantViolationError.class,
                () -> ${moduleName}Simulation.run(caught.seed(), SCENARIO, bug));
        assertThat(replayed).as("replaying seed %d", caught.seed()).isNotNull();
        assertThat(replayed.step()).isEqualTo(caught.step());
        assertThat(replayed.getMessage()).isEqualTo(caught.getMessage());
    }

    private static InvariantViolationError firstViolation(Wiring bug) {
        for (long seed = 1; seed <= SEARCH_SEEDS; seed++) {
            try {
                ${moduleName}Simulation.run(seed, SCENARIO, bug);
            } catch (InvariantViolationError violation) {
                return violation;
            }
        }
        return fail("no seed in 1.." + SEARCH_SEEDS + " exposed the planted bug");
    }
}
