package dev.simscaffold.core.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.time.LogicalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A captured run keeps every event of the traces it creates, whatever mode they asked for, and is the same
 * run: the same events and fingerprint as outside a capture. Outside a capture nothing changes.
 */
class TraceCaptureTest {

    private static Trace fingerprintOnlyRun() {
        Trace trace = new Trace(TraceMode.FINGERPRINT_ONLY, 4);
        for (int i = 0; i < 40; i++) {
            trace.recordValue(LogicalTime.of(i), EventKind.SEND, "node-" + (i % 3), "node-1", List.of(i, i * 7), "");
            trace.record(LogicalTime.of(i), EventKind.NOTE, "network", "", "n" + i);
        }
        return trace;
    }

    @Test
    void aFingerprintOnlyTraceKeepsEveryEventInsideACaptureAndIsTheSameRun() {
        Trace plain = fingerprintOnlyRun();
        Trace[] inside = new Trace[1];
        TraceCapture.Captured captured = TraceCapture.run(() -> inside[0] = fingerprintOnlyRun());

        assertThat(plain.mode()).isEqualTo(TraceMode.FINGERPRINT_ONLY);
        assertThatThrownBy(plain::events).isInstanceOf(IllegalStateException.class);
        assertThat(captured.traces()).containsExactly(inside[0]);
        assertThat(captured.last()).containsSame(inside[0]);
        assertThat(captured.failure()).isEmpty();
        assertThat(inside[0].mode()).isEqualTo(TraceMode.FULL);
        assertThat(inside[0].events()).hasSize(80);
        assertThat(inside[0].fingerprint()).isEqualTo(plain.fingerprint());
        assertThat(inside[0].tail(4)).isEqualTo(plain.tail(4));
    }

    @Test
    void whatTheRunThrowsIsReturnedWithTheTracesItCreatedInOrder() {
        AssertionError planted = new AssertionError("planted");
        TraceCapture.Captured captured = TraceCapture.run(() -> {
            Trace.full();
            fingerprintOnlyRun();
            throw planted;
        });

        assertThat(captured.failure()).containsSame(planted);
        assertThat(captured.traces()).hasSize(2);
        assertThat(captured.last().orElseThrow().size()).isEqualTo(80);
    }

    @Test
    void aCaptureInsideACaptureKeepsItsOwnTracesAndNothingLeaksOut() {
        TraceCapture.Captured outer = TraceCapture.run(() -> {
            Trace.full();
            TraceCapture.Captured inner = TraceCapture.run(TraceCaptureTest::fingerprintOnlyRun);
            assertThat(inner.traces()).hasSize(1);
            Trace.full();
        });

        assertThat(outer.traces()).hasSize(2);
        assertThat(TraceCapture.run(() -> { }).traces()).isEmpty();
        assertThat(fingerprintOnlyRun().mode()).isEqualTo(TraceMode.FINGERPRINT_ONLY);
    }
}
