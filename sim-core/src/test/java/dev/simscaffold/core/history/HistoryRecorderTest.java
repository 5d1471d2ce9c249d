package dev.simscaffold.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.trace.EventKind;
import org.junit.jupiter.api.Test;

/** The recorder takes the simulation's clock and writes every history event into its trace. */
class HistoryRecorderTest {

    private static SimHarness<Long, Long, Long> counter(long seed) {
        return SimHarness.<Long, Long, Long>builder((count, add, now) -> Step.of(count + add, count + add))
                .seed(seed).instances(1, 0L).build();
    }

    private static String runAndRecord(long seed, long added) {
        SimHarness<Long, Long, Long> harness = counter(seed);
        HistoryRecorder<KvOp, Long> history = HistoryRecorder.on(harness);
        history.invoke("client-1", KvOp.write("x", added));
        harness.apply(0, added);
        harness.advance(3);
        history.ok("client-1", null);
        history.invoke("client-2", KvOp.read("x"));
        history.info("client-2");
        return harness.trace().fingerprintHex();
    }

    @Test
    void operationsTakeTheSimulationsTimeAndGoIntoItsTrace() {
        SimHarness<Long, Long, Long> harness = counter(1);
        HistoryRecorder<KvOp, Long> history = HistoryRecorder.on(harness);
        history.invoke("client-1", KvOp.write("x", 1));
        harness.advance(5);
        history.ok("client-1", null);
        history.invoke("client-2", KvOp.read("x"));
        harness.advance(2);
        history.fail("client-2");

        History<KvOp, Long> recorded = history.history();
        assertThat(recorded.operations()).extracting(Operation::invokeTime, Operation::completeTime, Operation::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, 5L, OpOutcome.OK),
                        org.assertj.core.groups.Tuple.tuple(5L, 7L, OpOutcome.FAIL));
        assertThat(harness.trace().count(EventKind.HISTORY_INVOKE)).isEqualTo(2);
        assertThat(harness.trace().count(EventKind.HISTORY_OK)).isEqualTo(1);
        assertThat(harness.trace().count(EventKind.HISTORY_FAIL)).isEqualTo(1);
        assertThat(harness.trace().timeline()).contains("HISTORY_INVOKE client-1 write x=1").contains("HISTORY_FAIL client-2");
    }

    @Test
    void theHistoryIsPartOfTheFingerprint() {
        assertThat(runAndRecord(7, 1)).isEqualTo(runAndRecord(7, 1));
        SimHarness<Long, Long, Long> same = counter(7);
        same.apply(0, 1L);
        same.advance(3);
        assertThat(runAndRecord(7, 1)).as("recording changes the fingerprint").isNotEqualTo(same.trace().fingerprintHex());
    }

    @Test
    void theFingerprintIsPinnedAcrossJdks() {
        assertThat(runAndRecord(7, 1)).as("checked on JDK 17 and 25").isEqualTo("25b633f9b3963759");
    }

    @Test
    void aRecorderMustBeAttachedOnceBeforeUse() {
        HistoryRecorder<KvOp, Long> history = HistoryRecorder.create();
        assertThatThrownBy(() -> history.invoke("c", KvOp.read("x")))
                .hasMessage("history recorder is not attached: call attach(simulation) before HISTORY_INVOKE");
        history.attach(counter(1));
        assertThatThrownBy(() -> history.attach(counter(2))).hasMessageContaining("already attached");
    }
}
