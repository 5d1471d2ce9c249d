package dev.simscaffold.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.check.Falsified;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.check.PropertyRunner;
import dev.simscaffold.core.check.PropertySettings;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.random.SimRandom;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The hook a shrinker's cut needs: the recorder marks each history event in the run's choice stream
 * ({@link HistoryRecorder#EVENT_MARK}, the {@code n}-th mark is event {@code n}), and a violation names the event
 * at which its first impossible operation completed ({@link Inconsistent#firstImpossibleEvent()}), or says it
 * cannot (a verdict-only check).
 */
class HistoryEventMarksTest {

    /** A stale read: x=1 is written and acknowledged, then a read returns 0, then two more operations. */
    private static History<KvOp, Long> record(HistoryRecorder<KvOp, Long> history, SimHarness<Long, Long, Long> harness) {
        history.invoke("client-1", KvOp.write("x", 1));
        harness.advance(1);
        history.ok("client-1", null);
        history.invoke("client-2", KvOp.read("x"));
        harness.advance(1);
        history.ok("client-2", 0L);
        history.invoke("client-1", KvOp.write("y", 2));
        history.ok("client-1", null);
        return history.history();
    }

    private static SimHarness<Long, Long, Long> harness(SimRandom random) {
        return SimHarness.<Long, Long, Long>builder((count, add, now) -> Step.of(count + add, count + add))
                .context(new SimContext(random)).instances(1, 0L).build();
    }

    @Test
    void aViolationNamesTheEventAtWhichItsFirstImpossibleOperationCompleted() {
        SimHarness<Long, Long, Long> harness = harness(SimRandom.seeded(1));
        History<KvOp, Long> history = record(HistoryRecorder.on(harness), harness);

        CheckResult<KvOp, Long> explained = HistoryChecker.of(KvModel.kv()).linearizable(history);
        CheckResult<KvOp, Long> verdictOnly = HistoryChecker.of(KvModel.kv()).verdictOnly().linearizable(history);

        assertThat(((Inconsistent<KvOp, Long>) explained).firstImpossibleEvent()).as("the read's completion, event 3").hasValue(3);
        assertThat(((Inconsistent<KvOp, Long>) verdictOnly).firstImpossibleEvent()).isEqualTo(OptionalInt.empty());
    }

    @Test
    void eachRecordedEventIsOneMarkInThePropertysChoiceStream() {
        Falsified<SimRandom> run = (Falsified<SimRandom>) PropertyRunner.check(Gen.liveRandom(),
                PropertySettings.seeded(1).withMaxShrinkAttempts(0), random -> {
                    SimHarness<Long, Long, Long> harness = harness(random);
                    record(HistoryRecorder.on(harness), harness);
                    throw new AssertionError("record the run");
                });

        assertThat(run.original().spanCounts()).containsEntry(HistoryRecorder.EVENT_MARK, 6);
        assertThat(run.original().spans()).filteredOn(span -> span.label().equals(HistoryRecorder.EVENT_MARK)).allMatch(span -> span.size() == 0);
    }
}
