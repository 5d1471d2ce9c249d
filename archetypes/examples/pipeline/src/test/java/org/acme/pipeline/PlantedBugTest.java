package org.acme.pipeline;

import org.acme.pipeline.OrderTotalsEffect.Emit;
import org.acme.pipeline.OrderTotalsEffect.Quarantine;
import org.acme.pipeline.OrderTotalsEffect.SyncOutputs;
import org.acme.pipeline.OrderTotalsSimulation.Scenario;
import org.acme.pipeline.OrderTotalsSimulation.Wiring;
import org.acme.pipeline.adapter.FileCheckpointStore;
import org.acme.pipeline.adapter.FramedFileSink;
import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertyResult;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.storage.FileSystem;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.Trace;
import dev.simscaffold.core.trace.TraceMode;
import dev.simscaffold.testkit.campaign.Canary;
import dev.simscaffold.testkit.determinism.DeterminismCheck;
import dev.simscaffold.testkit.planted.PlantedBug;
import dev.simscaffold.testkit.property.Properties;
import dev.simscaffold.testkit.property.PropertyFailedError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;

/**
 * Proof that the shipped invariants can fail. Each test plants one bug (in the rules, the sink or the
 * checkpoint store's calls to the file system), runs
 * the faulty simulation over seeds until one exposes it, and checks that the intended invariant reports it
 * with a seed that replays the very same failure; the last tests show that the property shrinks such a
 * failure and that a seed sweep reports it with its replay command and trace. If a test here fails, an
 * invariant or the fault model has gone blind to the bug it exists to catch. The early checkpoint, the bug
 * the README shows, is also {@code OrderTotalsCampaign}'s canary: every campaign shard must find it again
 * on its own seeds.
 */
class PlantedBugTest {

    /** How many seeds a planted bug may take to surface; each bug here needs only a few. */
    private static final int SEARCH_SEEDS = 200;

    private static final Scenario SCENARIO = Scenario.faulty();
    private static final OrderTotalsLogic RULES = new OrderTotalsLogic(SCENARIO.policy());
    private static final Wiring SHIPPED = Wiring.shipped(SCENARIO);
    /** The shipped stage with the checkpoint committed before the sinks' fsync. */
    private static final Wiring CHECKPOINT_BEFORE_FSYNC = SHIPPED.ruledBy(checkpointBeforeFsync(RULES));
    /**
     * The shrinking test's scenario keeps a fixed checkpoint interval, so that the sample trace the README
     * shows from it is the same whatever {@code checkpointEvery} the module was generated with.
     */
    private static final Scenario SHOWN = SCENARIO.checkpointing(new CheckpointPolicy(5, 50));
    /** The fingerprint of the shrunk run of {@link #theFaultyPropertyCatchesACheckpointCommittedBeforeTheFsync()}. */
    private static final String SHOWN_FINGERPRINT = "5009559968885343";

    /**
     * The campaign's canary: the checkpoint committed before the sinks' fsync, in the faulty simulation, as
     * {@link #committingTheCheckpointBeforeTheSinksFsyncRunsItAheadOfTheDurableOutput()} plants it, which a
     * campaign shard must find within as many of its seeds as a planted bug may take here.
     */
    static final Canary CANARY = Canary.named("a checkpoint committed before the sinks' fsync", faulty(CHECKPOINT_BEFORE_FSYNC))
            .caughtBy(OrderTotalsInvariants.CHECKPOINT_NEVER_AHEAD)
            .within(SEARCH_SEEDS);

    @Test
    void committingTheCheckpointBeforeTheSinksFsyncRunsItAheadOfTheDurableOutput() {
        planted(CHECKPOINT_BEFORE_FSYNC).assertCaughtBy(OrderTotalsInvariants.CHECKPOINT_NEVER_AHEAD);
    }

    /**
     * The production {@code FileCheckpointStore}, with its calls reordered the way a hurried edit would: the
     * temporary file is renamed over the checkpoint, and the directory synced, before the file itself is
     * fsynced. A power loss in between leaves a checkpoint file whose name survived and whose bytes did not.
     */
    @Test
    void renamingTheCheckpointBeforeItsFsyncCanLeaveADamagedCheckpoint() {
        planted(new Wiring(RULES, OrderTotalsSimulation::shippedSink,
                files -> new FileCheckpointStore(new RenameBeforeFsync(files), OrderTotalsSimulation.CHECKPOINT)))
                .assertCaughtBy(OrderTotalsInvariants.CHECKPOINT_WHOLE);
    }

    @Test
    void acknowledgingACorruptRecordAsOutputIsCaught() {
        planted(SHIPPED.ruledBy(PlantedBugTest::emitCorruptRecords)).assertCaughtBy(OrderTotalsInvariants.CORRUPT_QUARANTINED);
    }

    @Test
    void aSinkThatAppendsRepeatsDuplicatesOutputsReplayedAfterACrash() {
        planted(new Wiring(RULES, PlantedBugTest::sinkWithoutIdempotentWrites, OrderTotalsSimulation::shippedCheckpoints))
                .assertCaughtBy(OrderTotalsInvariants.EXACTLY_ONCE);
    }

    @Test
    void droppingOrdersWithAZeroTotalLosesThem() {
        planted(SHIPPED.ruledBy(PlantedBugTest::dropZeroTotals)).assertCaughtBy(OrderTotalsInvariants.NOTHING_LOST);
    }

    /**
     * The early checkpoint fails the faulty property itself, shrunk to a record or two and no faults, not
     * only a hunt over seeds: the property is what a developer runs on every build. The README shows the
     * trace file this test writes, and the fingerprint pins that run: the same seed must give the same run
     * on every JDK and machine. The pinned run is first made again in a fresh JVM, so an order or a hash
     * salted per JVM fails here as a determinism failure naming the first event where the two JVMs part, not
     * as a pin that passes in some JVMs only. If you changed the rules, the workload or the faults on purpose,
     * the run changes with them: put the fingerprint this test reports here, and the new trace file in the README.
     */
    @Test
    void theFaultyPropertyCatchesACheckpointCommittedBeforeTheFsync() {
        PropertyFailedError failure = PlantedBug.assertPropertyCatches(OrderTotalsInvariants.CHECKPOINT_NEVER_AHEAD, PinnedRun::property);
        DeterminismCheck.assertPinned(SHOWN_FINGERPRINT, failure.result(), PinnedRun.class);
    }

    /**
     * The pinned run, which a fresh JVM creates by name and makes again (replaying the shrunk case, as the
     * report's replay command would): the faulty property over the early
     * checkpoint from the same seed, shrunk. Its trace keeps every event.
     */
    static final class PinnedRun implements BiFunction<Long, TraceMode, Trace> {

        private static final Wiring EARLY_CHECKPOINT = Wiring.shipped(SHOWN).ruledBy(checkpointBeforeFsync(new OrderTotalsLogic(SHOWN.policy())));

        static void property(SimRandom random) {
            OrderTotalsSimulation.run(random, SHOWN, EARLY_CHECKPOINT, List.of());
        }

        @Override
        public Trace apply(Long seed, TraceMode mode) {
            PropertyResult<SimRandom> result = Properties.forAll(Gen.liveRandom()).seed(seed).run(PinnedRun::property);
            if (result instanceof Falsified<SimRandom> failure && failure.shrunk().failure() instanceof InvariantViolationError violation) {
                return violation.trace();
            }
            throw new AssertionError("the planted early checkpoint's property did not fail with a violation in this JVM: " + result);
        }
    }

    /**
     * A seed sweep such as those in {@code OrderTotalsProperties} reports a bug it finds with what a
     * reader needs: the seed, the command that reruns just that seed, and the trace files.
     */
    @Test
    void aSweepThatFindsABugReportsTheSeedTheReplayCommandAndTheTrace() {
        planted(SHIPPED.ruledBy(PlantedBugTest::emitCorruptRecords))
                .assertSweepReports("OrderTotals-planted-bug", OrderTotalsInvariants.CORRUPT_QUARANTINED);
    }

    /** Bug: commits the checkpoint first and fsyncs the sinks after it, so a power loss between them loses covered outputs. */
    private static StateMachine<OrderTotalsState, OrderTotalsInput, OrderTotalsEffect> checkpointBeforeFsync(OrderTotalsLogic rules) {
        return (state, input, now) -> {
            Step<OrderTotalsState, OrderTotalsEffect> step = rules.transition(state, input, now);
            List<OrderTotalsEffect> reordered = new ArrayList<>(step.effects());
            reordered.removeIf(effect -> effect instanceof SyncOutputs);
            if (reordered.size() < step.effects().size()) {
                reordered.add(new SyncOutputs());
            }
            return Step.of(step.state(), reordered);
        };
    }

    /** Bug: a record that fails validation is passed downstream as it is, instead of being quarantined. */
    private static Step<OrderTotalsState, OrderTotalsEffect> emitCorruptRecords(
            OrderTotalsState state, OrderTotalsInput input, LogicalTime now) {
        Step<OrderTotalsState, OrderTotalsEffect> step = RULES.transition(state, input, now);
        List<OrderTotalsEffect> effects = new ArrayList<>();
        for (OrderTotalsEffect effect : step.effects()) {
            effects.add(effect instanceof Quarantine refused
                    ? new Emit(new OutputRecord(refused.record().offset(), refused.record().text()))
                    : effect);
        }
        return Step.of(step.state(), effects);
    }

    /** Bug: "a zero total needs no output", so free orders vanish: neither output nor quarantined. */
    private static Step<OrderTotalsState, OrderTotalsEffect> dropZeroTotals(
            OrderTotalsState state, OrderTotalsInput input, LogicalTime now) {
        Step<OrderTotalsState, OrderTotalsEffect> step = RULES.transition(state, input, now);
        List<OrderTotalsEffect> effects = new ArrayList<>(step.effects());
        effects.removeIf(effect -> effect instanceof Emit emit && emit.output().value().endsWith(",0"));
        return Step.of(step.state(), effects);
    }

    /**
     * Bug: a sink that appends every write to the framed file without looking at what it holds, so the
     * outputs a restarted stage replays appear twice. It opens the file as the shipped sink does (named
     * durably, a torn tail cut off), so that the missing key check is its only difference. (The one storage
     * boundary a test may implement: a planted bug, which {@code StorageSeamTest} exempts by name.)
     */
    private static OutputSink sinkWithoutIdempotentWrites(FileSystem files) throws StageIoException {
        FramedFileSink.open(files, OrderTotalsSimulation.OUTPUTS);
        return new OutputSink() {
            @Override
            public void write(OutputRecord output) throws StageIoException {
                try {
                    files.append(OrderTotalsSimulation.OUTPUTS, RecordFrames.encode(output));
                } catch (IOException e) {
                    throw new StageIoException("cannot append: " + e.getMessage(), e);
                }
            }

            @Override
            public void sync() throws StageIoException {
                try {
                    files.fsync(OrderTotalsSimulation.OUTPUTS);
                } catch (IOException e) {
                    throw new StageIoException("cannot fsync: " + e.getMessage(), e);
                }
            }
        };
    }

    /**
     * Bug, in the file-system calls of the production checkpoint store: an fsync of the temporary file is held
     * back until after the rename and the directory sync that follow it, and only then made (to the file under
     * its new name). Every other call passes through unchanged.
     */
    private static final class RenameBeforeFsync implements FileSystem {

        private final FileSystem files;
        private Optional<String> heldBack = Optional.empty();

        RenameBeforeFsync(FileSystem files) {
            this.files = files;
        }

        @Override
        public void fsync(String file) throws IOException {
            if (file.endsWith(".tmp")) {
                heldBack = Optional.of(file);
            } else {
                files.fsync(file);
            }
        }

        @Override
        public void rename(String from, String to) throws IOException {
            files.rename(from, to);
            if (heldBack.isPresent() && heldBack.get().equals(from)) {
                heldBack = Optional.of(to);
            }
        }

        @Override
        public void fsyncDirectory() throws IOException {
            files.fsyncDirectory();
            if (heldBack.isPresent()) {
                String file = heldBack.get();
                heldBack = Optional.empty();
                files.fsync(file);
            }
        }

        @Override
        public void create(String file) throws IOException {
            files.create(file);
        }

        @Override
        public boolean exists(String file) throws IOException {
            return files.exists(file);
        }

        @Override
        public long size(String file) throws IOException {
            return files.size(file);
        }

        @Override
        public byte[] read(String file, long offset, int length) throws IOException {
            return files.read(file, offset, length);
        }

        @Override
        public void write(String file, long offset, byte[] data) throws IOException {
            files.write(file, offset, data);
        }

        @Override
        public long append(String file, byte[] data) throws IOException {
            return files.append(file, data);
        }

        @Override
        public void truncate(String file, long size) throws IOException {
            files.truncate(file, size);
        }

        @Override
        public void delete(String file) throws IOException {
            files.delete(file);
        }

        @Override
        public List<String> list() throws IOException {
            return files.list();
        }
    }

    /** The faulty simulation over the bug, run for each of the seeds a planted bug may take to surface. */
    private static PlantedBug planted(Wiring bug) {
        return PlantedBug.searching(SEARCH_SEEDS, faulty(bug));
    }

    /** The faulty simulation over the bug, for one seed; it throws the violation it finds. */
    private static LongConsumer faulty(Wiring bug) {
        return seed -> OrderTotalsSimulation.run(seed, SCENARIO, bug);
    }
}
