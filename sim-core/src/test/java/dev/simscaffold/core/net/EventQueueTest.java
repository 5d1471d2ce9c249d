package dev.simscaffold.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The event heap pops in (time, insertion) order, also while slots are recycled between pushes. */
class EventQueueTest {

    @Test
    void equalTimesComeOutInInsertionOrder() {
        EventQueue queue = new EventQueue();
        for (int i = 0; i < 100; i++) {
            queue.push(7, NetworkEventType.TIMER, i, 0, null);
        }
        for (int i = 0; i < 100; i++) {
            int expected = i;
            queue.pop((time, type, node, generation, payload) -> {
                assertThat(node).isEqualTo(expected);
                assertThat(time).isEqualTo(7);
                assertThat(type).isEqualTo(NetworkEventType.TIMER);
                return true;
            });
        }
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void interleavedPushesAndPopsMatchASortedReference() {
        SimRandom random = SimRandom.seeded(1);
        EventQueue queue = new EventQueue();
        List<long[]> reference = new ArrayList<>();
        long seq = 0;
        long now = 0;
        for (int round = 0; round < 20_000; round++) {
            if (reference.isEmpty() || random.chance(0.55)) {
                long time = now + random.between(0, 20);
                queue.push(time, NetworkEventType.DELIVER, (int) seq, seq, "e" + seq);
                reference.add(new long[] {time, seq++});
            } else {
                reference.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
                long[] expected = reference.remove(0);
                long[] popped = new long[1];
                queue.pop((time, type, node, generation, payload) -> {
                    assertThat(time).isEqualTo(expected[0]);
                    assertThat(generation).isEqualTo(expected[1]);
                    assertThat(payload).isEqualTo("e" + expected[1]);
                    popped[0] = time;
                    return true;
                });
                now = popped[0];
            }
            assertThat(queue.size()).isEqualTo(reference.size());
        }
    }

    @Test
    void windowsSurviveTheArraysGrowing() {
        EventQueue queue = new EventQueue();
        for (int i = 0; i < 200; i++) {
            queue.pushWindow(i, i + 5, 0, 0, new Envelope<>(1, i));
        }
        List<Long> latest = new ArrayList<>();
        queue.popChosen(enabled -> {
            enabled.forEach(event -> latest.add(event.latest()));
            return 0;
        }, 0, Long.MAX_VALUE, 2, (time, type, node, generation, payload) -> true);

        assertThat(latest).containsExactly(5L, 6L, 7L, 8L, 9L);
        assertThat(queue.size()).isEqualTo(199);
    }
}
