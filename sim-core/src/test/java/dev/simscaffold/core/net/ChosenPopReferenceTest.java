package dev.simscaffold.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.explore.EnabledEvent;
import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code EventQueue.popChosen} looks only at the events due by the smallest latest tick (the candidates);
 * this checks it against the rule over every pending event, on random queues of timers and windowed
 * messages with random choices: the same enabled events in the same order at every decision, the same
 * event taken at the same tick, and the same postponements (every later pop agrees with a reference list);
 * also when the chooser reads only the count or nothing, so that the queue resolves a pick in the default
 * order without the view having been sorted; and the same with the queue kept sorted, as an exploring network
 * keeps it.
 */
class ChosenPopReferenceTest {

    /** One pending event of the reference: its node (its identity here), earliest and latest tick, sequence. */
    private static final class Pending {
        final int node;
        long time;
        final long latest;
        final long seq;
        final boolean window;

        Pending(int node, long time, long latest, long seq, boolean window) {
            this.node = node;
            this.time = time;
            this.latest = latest;
            this.seq = seq;
            this.window = window;
        }

        long latestTick() {
            return window ? latest : time;
        }
    }

    /** The rule of popChosen's Javadoc, over every pending event, in the default order (earliest, sequence). */
    private static List<Pending> enabled(List<Pending> pending, long now, long deadline) {
        List<Pending> bySeq = new ArrayList<>(pending);
        bySeq.sort(Comparator.comparingLong(p -> p.seq));
        List<Pending> result = new ArrayList<>();
        for (int i = 0; i < bySeq.size(); i++) {
            Pending event = bySeq.get(i);
            long at = Math.max(now, event.time);
            boolean ok = at <= deadline;
            for (int j = 0; j < bySeq.size() && ok; j++) {
                Pending other = bySeq.get(j);
                if (j < i) {
                    ok = at <= other.latestTick() - 1;
                } else if (j > i) {
                    ok = at <= other.latestTick();
                }
            }
            if (ok) {
                result.add(event);
            }
        }
        result.sort(Comparator.<Pending>comparingLong(p -> p.time).thenComparingLong(p -> p.seq));
        return result;
    }

    /** How a chooser reads the view: every event, only the count (the view is never sorted), or nothing. */
    private enum Reading {
        EVERY_EVENT, COUNT_ONLY, NOTHING
    }

    @ParameterizedTest
    @EnumSource(Reading.class)
    void theCandidatesGiveWhatTheRuleOverEveryEventGives(Reading reading) {
        check(reading, false);
    }

    /**
     * The same with the queue kept sorted ({@code keepSorted}, as an exploring network keeps it), switched on
     * with events already queued, and continued on a copy half-way (as a snapshot's restore does).
     */
    @ParameterizedTest
    @EnumSource(Reading.class)
    void theSortedQueueGivesWhatTheRuleOverEveryEventGives(Reading reading) {
        check(reading, true);
    }

    private static void check(Reading reading, boolean sorted) {
        for (long seed = 1; seed <= 30; seed++) {
            SimRandom random = SimRandom.seeded(seed);
            EventQueue queue = new EventQueue();
            List<Pending> reference = new ArrayList<>();
            long now = 0;
            long seq = 0;
            int nextNode = 0;
            for (int round = 0; round < 400; round++) {
                if (sorted && round == 20) {
                    queue.keepSorted();
                }
                if (sorted && round == 200) {
                    queue = queue.copy();
                }
                if (reference.isEmpty() || random.chance(0.5)) {
                    long time = now + random.between(0, 8);
                    int node = nextNode++;
                    if (random.chance(0.7)) {
                        long last = time + random.between(0, 6);
                        queue.pushWindow(time, last, node, 0, new Envelope<>(0, "m"));
                        reference.add(new Pending(node, time, last, seq++, true));
                    } else {
                        queue.push(time, NetworkEventType.TIMER, node, 0, null);
                        reference.add(new Pending(node, time, time, seq++, false));
                    }
                    continue;
                }
                long deadline = now + random.between(0, 10);
                List<Pending> expected = enabled(reference, now, deadline);
                if (expected.isEmpty()) {
                    deadline = Long.MAX_VALUE;
                    expected = enabled(reference, now, deadline);
                }
                List<Pending> shown = expected;
                int pick = reading == Reading.NOTHING ? 0 : (int) random.between(0, expected.size() - 1);
                long[] popped = new long[2];
                long clock = now;
                queue.popChosen(enabledEvents -> {
                    if (reading == Reading.EVERY_EVENT) {
                        assertThat(enabledEvents).extracting(EnabledEvent::sequence)
                                .containsExactlyElementsOf(shown.stream().map(p -> p.seq).toList());
                    } else if (reading == Reading.COUNT_ONLY) {
                        assertThat(enabledEvents.size()).isEqualTo(shown.size());
                    }
                    return pick;
                }, clock, deadline, 1_000_000, (time, type, node, generation, payload) -> {
                    popped[0] = node;
                    popped[1] = time;
                    return true;
                });
                Pending chosen = expected.get(pick);
                long at = Math.max(now, chosen.time);
                assertThat(popped).containsExactly(chosen.node, at);
                reference.remove(chosen);
                for (Pending other : reference) {
                    if (other.seq < chosen.seq && other.time <= at) {
                        other.time = at + 1;
                    }
                }
                now = at;
            }
            reference.sort(Comparator.<Pending>comparingLong(p -> p.time).thenComparingLong(p -> p.seq));
            for (Pending left : reference) {
                queue.pop((time, type, node, generation, payload) -> {
                    assertThat(new long[] {node, time}).containsExactly(left.node, left.time);
                    return true;
                });
            }
            assertThat(queue.isEmpty()).isTrue();
        }
    }
}
