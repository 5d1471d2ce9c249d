package dev.simscaffold.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A non-uniform strategy picks only schedules that a plain {@link SimNetwork} makes: each random-walk run
 * is replayed on a plain network (the uniform strategy) whose message delays are fixed to the ones the
 * walk's messages ended up with, read from its trace, and the two traces must be identical event for
 * event. A schedule that broke a delay bound would need a delay outside the configured range (the
 * replay's delay stream refuses it); one that broke the (time, sequence) order of equal-time events, or
 * fired a timer early or late, would give a different trace.
 *
 * <p>Replay a failing seed with {@code run(seed, Strategy.randomWalk())}.
 */
class RandomWalkScheduleTest {

    private static final int NODES = 4;
    static final long MIN_DELAY = 1;
    static final long MAX_DELAY = 8;
    private static final long TICKS = 200;
    private static final NetworkFaults FAULTS = NetworkFaults.builder()
            .lossRate(0.1).minDelayTicks(MIN_DELAY).maxDelayTicks(MAX_DELAY).build();
    private static final List<NodeId> IDS = List.of(NodeId.of(0), NodeId.of(1), NodeId.of(2), NodeId.of(3));
    /** A partition and its heal, so that fault events and messages blocked on arrival are in the schedules too. */
    private static final FaultSchedule SCHEDULE = FaultSchedule.of(IDS, List.of(
            new FaultEvent.Partition(50, IDS.subList(0, 2), IDS.subList(2, 4), false),
            new FaultEvent.Heal(90)));

    static SimNetwork<Chatter.Note> run(long seed, Strategy strategy) {
        return run(chatters().seed(seed).strategy(strategy));
    }

    static SimNetwork<Chatter.Note> replay(long seed, List<Long> delays) {
        return run(chatters().random(new SimRandom(new FixedDelays(seed, MIN_DELAY, delays))));
    }

    private static SimNetworkBuilder<Chatter.Note> chatters() {
        return SimNetwork.nodes(NODES, (id, random, now) -> new Chatter(id, NODES));
    }

    private static SimNetwork<Chatter.Note> run(SimNetworkBuilder<Chatter.Note> builder) {
        SimNetwork<Chatter.Note> net = builder.faults(FAULTS).schedule(SCHEDULE).build();
        net.run(TICKS);
        return net;
    }

    @Test
    void everyRandomWalkScheduleIsAPlainRunWithTheDelaysItsMessagesEndedUpWith() {
        int differentFromUniform = 0;
        for (long seed = 1; seed <= 20; seed++) {
            SimNetwork<Chatter.Note> walk = run(seed, Strategy.randomWalk());
            List<Long> delays = delays(walk.trace().events());
            assertThat(delays).as("seed %d", seed).isNotEmpty().allSatisfy(delay -> assertThat(delay).isBetween(MIN_DELAY, MAX_DELAY));

            SimNetwork<Chatter.Note> plain = replay(seed, delays);

            assertThat(lines(plain)).as("seed %d", seed).containsExactlyElementsOf(lines(walk));
            if (!walk.trace().fingerprintHex().equals(run(seed, Strategy.uniform()).trace().fingerprintHex())) {
                differentFromUniform++;
            }
        }
        assertThat(differentFromUniform).as("runs whose schedule the random walk changed").isEqualTo(20);
    }

    @Test
    void aRandomWalkReplaysFromItsSeed() {
        assertThat(run(7, Strategy.randomWalk()).trace().fingerprintHex())
                .isEqualTo(run(7, Strategy.randomWalk()).trace().fingerprintHex())
                .isNotEqualTo(run(8, Strategy.randomWalk()).trace().fingerprintHex());
    }

    /**
     * The delay each message that drew one ended up with, in the order the delays were drawn: a send that
     * was not lost or blocked at once draws a delay, and the message's next event (delivered, blocked on
     * arrival) says when it arrived; a message still in flight at the end is given the largest delay,
     * which also lands after the end.
     */
    static List<Long> delays(List<TraceEvent> events) {
        List<String> drawn = new ArrayList<>();
        Map<String, Long> sentAt = new TreeMap<>();
        Map<String, Long> arrivedAt = new TreeMap<>();
        for (int i = 0; i < events.size(); i++) {
            TraceEvent event = events.get(i);
            String note = note(event);
            if (event.kind() == EventKind.SEND) {
                TraceEvent next = i + 1 < events.size() ? events.get(i + 1) : null;
                boolean stoppedAtOnce = next != null && note.equals(note(next)) && next.time().equals(event.time())
                        && (next.kind() == EventKind.DROP || next.kind() == EventKind.PARTITION_BLOCKED);
                if (!stoppedAtOnce) {
                    drawn.add(note);
                    sentAt.put(note, event.time().ticks());
                }
            } else if (sentAt.containsKey(note) && !arrivedAt.containsKey(note)) {
                arrivedAt.put(note, event.time().ticks());
            }
        }
        List<Long> delays = new ArrayList<>();
        for (String note : drawn) {
            delays.add(arrivedAt.containsKey(note) ? arrivedAt.get(note) - sentAt.get(note) : MAX_DELAY);
        }
        return delays;
    }

    /** The note an event is about ({@code Note[from=.., serial=.., received=..]}), or "" for other events. */
    private static String note(TraceEvent event) {
        String detail = event.detail();
        return detail.startsWith("Note[") ? detail.substring(0, detail.indexOf(']') + 1) : "";
    }

    static List<String> lines(SimNetwork<Chatter.Note> net) {
        return net.trace().events().stream().map(TraceEvent::toLine).toList();
    }
}
