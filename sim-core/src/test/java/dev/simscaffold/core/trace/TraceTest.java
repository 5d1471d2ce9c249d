package dev.simscaffold.core.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.time.LogicalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fingerprint-only trace hashes values and renders them only when its tail is read; what it renders
 * and hashes must be exactly what a {@code FULL} trace keeps, or a failure report would show a different
 * run from the one that failed.
 */
class TraceTest {

    record Ping(int round, String from) {
    }

    private static void script(Trace trace) {
        for (int i = 0; i < 50; i++) {
            LogicalTime now = LogicalTime.of(i / 3);
            trace.recordValue(now, EventKind.SEND, "node-" + (i % 3), "node-" + ((i + 1) % 3), new Ping(i, "n" + i), "");
            trace.recordValue(now, EventKind.DROP, "node-" + (i % 3), "node-2", new Ping(i, "x"), i % 2 == 0 ? "(destination crashed)" : "");
            trace.record(now, EventKind.NOTE, "network", "", "note " + i);
        }
    }

    @Test
    void aCountsOnlyTraceCountsLikeTheOthersAndRefusesToGiveAFingerprint() {
        Trace full = Trace.full();
        Trace counts = new Trace(TraceMode.COUNTS_ONLY, 7);
        script(full);
        script(counts);
        assertThat(counts.size()).isEqualTo(full.size());
        for (EventKind kind : EventKind.values()) {
            assertThat(counts.count(kind)).as(kind.name()).isEqualTo(full.count(kind));
        }
        assertThat(counts.tail(7)).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(counts::fingerprint)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("COUNTS_ONLY");
        org.assertj.core.api.Assertions.assertThatThrownBy(counts::events)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("keeps no events");
        TraceCheckpoint checkpoint = counts.checkpoint();
        counts.record(LogicalTime.of(99), EventKind.NOTE, "network", "", "after");
        counts.restore(checkpoint);
        assertThat(counts.size()).isEqualTo(full.size());
    }

    @Test
    void bothModesHashAndRenderTheSameEvents() {
        Trace full = Trace.full();
        Trace tail = new Trace(TraceMode.FINGERPRINT_ONLY, 7);
        script(full);
        script(tail);
        assertThat(tail.fingerprint()).isEqualTo(full.fingerprint());
        assertThat(tail.size()).isEqualTo(full.size()).isEqualTo(150);
        assertThat(tail.tail(7)).isEqualTo(full.tail(7)).hasSize(7);
        assertThat(tail.tail(3)).isEqualTo(full.events().subList(147, 150));
        assertThat(tail.tail(7).get(0).sequence()).isEqualTo(143);
        assertThat(tail.timeline()).isEqualTo(Timeline.render(full.tail(7)));
    }

    @Test
    void aValueAndItsNoteRenderAsTheTextTheyAlwaysHad() {
        Trace full = Trace.full();
        full.recordValue(LogicalTime.of(2), EventKind.DROP, "node-0", "node-1", new Ping(3, "a"), "(destination crashed)");
        full.recordValue(LogicalTime.of(2), EventKind.STEP, "instance-0", "", "text", "");
        assertThat(full.events()).extracting(TraceEvent::toLine)
                .containsExactly("t=2 #0 DROP node-0 -> node-1 Ping[round=3, from=a] (destination crashed)", "t=2 #1 STEP instance-0 text");
    }

    @Test
    void aTextDetailIsTheSameEventAsAStringValue() {
        Trace text = Trace.full();
        Trace value = Trace.full();
        text.record(LogicalTime.of(1), EventKind.NOTE, "a", "b", "c");
        value.recordValue(LogicalTime.of(1), EventKind.NOTE, "a", "b", "c", "");
        assertThat(text.fingerprint()).isEqualTo(value.fingerprint());
        assertThat(text.events()).isEqualTo(value.events());
    }

    @Test
    void everyPartOfAnEventChangesTheFingerprint() {
        List<Long> prints = new ArrayList<>();
        prints.add(one(1, EventKind.SEND, "a", "b", "v", ""));
        prints.add(one(2, EventKind.SEND, "a", "b", "v", ""));
        prints.add(one(1, EventKind.DELIVER, "a", "b", "v", ""));
        prints.add(one(1, EventKind.SEND, "c", "b", "v", ""));
        prints.add(one(1, EventKind.SEND, "a", "c", "v", ""));
        prints.add(one(1, EventKind.SEND, "a", "b", "w", ""));
        prints.add(one(1, EventKind.SEND, "a", "b", "v", "n"));
        prints.add(one(1, EventKind.SEND, "b", "a", "v", ""));
        assertThat(prints).doesNotHaveDuplicates();
    }

    private static long one(long time, EventKind kind, String actor, String peer, Object value, String note) {
        Trace trace = new Trace(TraceMode.FINGERPRINT_ONLY, 1);
        trace.recordValue(LogicalTime.of(time), kind, actor, peer, value, note);
        return trace.fingerprint();
    }
}
