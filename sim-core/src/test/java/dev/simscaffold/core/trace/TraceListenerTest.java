package dev.simscaffold.core.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.time.LogicalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A listener hears every event of the traces created in its scope, in order and as recorded, and changes
 * nothing: the same fingerprint and events as without one. Outside the scope, and for traces created before
 * it, nothing is heard.
 */
class TraceListenerTest {

    /** What a listener heard, one line per event: the fields as given, the detail rendered. */
    private static final class Heard implements TraceListener {
        final List<String> lines = new ArrayList<>();

        @Override
        public void recorded(long index, LogicalTime time, EventKind kind, String actor, String peer, Object detail) {
            lines.add(new TraceEvent(index, time, kind, actor, peer, TraceText.describe(detail)).toLine());
        }
    }

    private static Trace run(TraceMode mode) {
        Trace trace = new Trace(mode, 4);
        for (int i = 0; i < 30; i++) {
            trace.recordValue(LogicalTime.of(i), EventKind.DELIVER, "node-" + (i % 3), "node-1", List.of(i, i * 7), "");
            trace.record(LogicalTime.of(i), EventKind.TIMER, "node-2", "", "");
        }
        return trace;
    }

    @Test
    void everyEventIsHeardInOrderAsRecordedAndTheRunIsTheSame() throws Exception {
        Trace plain = run(TraceMode.FULL);
        for (TraceMode mode : TraceMode.values()) {
            Heard heard = new Heard();
            Trace listened = TraceListener.listening(heard, () -> run(mode));

            if (mode != TraceMode.COUNTS_ONLY) {
                assertThat(listened.fingerprint()).as(mode.name()).isEqualTo(plain.fingerprint());
            }
            assertThat(listened.size()).isEqualTo(plain.size());
            assertThat(heard.lines).as(mode.name()).isEqualTo(plain.events().stream().map(TraceEvent::toLine).toList());
        }
    }

    @Test
    void onlyTracesCreatedInsideTheScopeAreHeard() throws Exception {
        Heard heard = new Heard();
        Trace before = Trace.full();
        Trace inside = TraceListener.listening(heard, () -> {
            before.record(LogicalTime.ZERO, EventKind.NOTE, "test", "", "created before the scope");
            return Trace.full();
        });
        inside.record(LogicalTime.of(1), EventKind.NOTE, "test", "", "after the scope, by a trace created inside it");
        Trace.full().record(LogicalTime.of(2), EventKind.NOTE, "test", "", "outside");

        assertThat(heard.lines).containsExactly("t=1 #0 NOTE test after the scope, by a trace created inside it");
    }

    @Test
    void anInnerScopeHearsItsOwnTracesAndTheOuterListenerIsBackAfterIt() throws Exception {
        Heard outer = new Heard();
        Heard inner = new Heard();
        TraceListener.listening(outer, () -> {
            Trace.full().record(LogicalTime.ZERO, EventKind.NOTE, "test", "", "outer");
            TraceListener.listening(inner, () -> {
                Trace.full().record(LogicalTime.ZERO, EventKind.NOTE, "test", "", "inner");
                return null;
            });
            Trace.full().record(LogicalTime.ZERO, EventKind.NOTE, "test", "", "outer again");
            return null;
        });

        assertThat(outer.lines).containsExactly("t=0 #0 NOTE test outer", "t=0 #0 NOTE test outer again");
        assertThat(inner.lines).containsExactly("t=0 #0 NOTE test inner");
    }

    @Test
    void whatTheCodeThrowsReachesTheCallerAndTheScopeEnds() {
        Heard heard = new Heard();
        IllegalStateException planted = new IllegalStateException("planted");
        assertThatThrownBy(() -> TraceListener.listening(heard, () -> {
            throw planted;
        })).isSameAs(planted);
        Trace.full().record(LogicalTime.ZERO, EventKind.NOTE, "test", "", "after");
        assertThat(heard.lines).isEmpty();
        assertThatThrownBy(() -> TraceListener.listening(null, () -> null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("listener");
    }
}
