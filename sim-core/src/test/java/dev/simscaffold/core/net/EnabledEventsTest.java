package dev.simscaffold.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.simscaffold.core.explore.Chooser;
import dev.simscaffold.core.explore.EnabledEvent;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a chooser is shown: the enabled events in the default order, each with a window inside the
 * configured delays, the nodes it touches, and a tick that every other pending event's window allows.
 */
class EnabledEventsTest {

    private static final List<NodeId> IDS = List.of(NodeId.of(0), NodeId.of(1), NodeId.of(2), NodeId.of(3));
    private static final List<Integer> EVERY_NODE = List.of(0, 1, 2, 3);

    /** Shows every decision to a random walk and keeps what it was shown. */
    private record Watching(List<List<EnabledEvent>> shown) implements Strategy {

        @Override
        public String name() {
            return "watching";
        }

        @Override
        public Chooser chooser(SimRandom random) {
            Chooser walk = Strategy.randomWalk().chooser(random);
            return enabled -> {
                shown.add(List.copyOf(enabled));
                return walk.choose(enabled);
            };
        }
    }

    @Test
    void aChooserSeesTheEnabledEventsInTheDefaultOrderWithTheirWindowsAndNodes() {
        List<List<EnabledEvent>> shown = new ArrayList<>();
        SimNetwork<Chatter.Note> net = SimNetwork.nodes(4, (id, random, now) -> new Chatter(id, 4)).seed(3).strategy(new Watching(shown))
                .faults(NetworkFaults.builder().minDelayTicks(2).maxDelayTicks(6).build())
                .schedule(FaultSchedule.of(IDS, List.of(
                        new FaultEvent.Partition(50, IDS.subList(0, 2), IDS.subList(2, 4), false),
                        new FaultEvent.Heal(90),
                        new FaultEvent.Crash(120, NodeId.of(2)),
                        new FaultEvent.Restart(140, NodeId.of(2)))))
                .build();
        net.run(200);

        assertThat(shown).hasSizeGreaterThan(100);
        List<EnabledEvent> faults = new ArrayList<>();
        int choicesAmongSeveral = 0;
        for (List<EnabledEvent> enabled : shown) {
            assertThat(enabled).isNotEmpty().isSortedAccordingTo(
                    Comparator.comparingLong(EnabledEvent::earliest).thenComparingLong(EnabledEvent::sequence));
            long earliestLatest = enabled.stream().mapToLong(EnabledEvent::latest).min().orElseThrow();
            for (EnabledEvent event : enabled) {
                assertThat(event.earliest()).isLessThanOrEqualTo(earliestLatest);
                switch (event.kind()) {
                    case DELIVER -> {
                        assertThat(event.latest() - event.earliest()).isBetween(0L, 6L - 2L);
                        assertThat(event.touches()).hasSize(1);
                    }
                    case TIMER -> {
                        assertThat(event.latest()).isEqualTo(event.earliest());
                        assertThat(event.touches()).hasSize(1);
                    }
                    case FAULT -> faults.add(event);
                    default -> throw new AssertionError("unexpected " + event);
                }
            }
            if (enabled.size() > 1) {
                choicesAmongSeveral++;
            }
        }
        assertThat(choicesAmongSeveral).isGreaterThan(10);
        assertThat(faults).extracting(EnabledEvent::earliest, EnabledEvent::touches).contains(
                tuple(50L, EVERY_NODE),
                tuple(90L, EVERY_NODE),
                tuple(120L, List.of(2)),
                tuple(140L, List.of(2)));
    }
}
