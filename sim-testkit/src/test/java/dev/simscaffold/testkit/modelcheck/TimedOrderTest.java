package dev.simscaffold.testkit.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.explore.Chooser;
import dev.simscaffold.core.explore.EnabledEvent;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.model.ModelKeyed;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.TraceMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Why the network model checker has no partial-order reduction yet: in the network's timed semantics two
 * deliveries to different nodes do not commute. Taking the later-queued one first moves the earlier one to the
 * next tick (a plain run takes equal-time events in queueing order), so the two orders end in states with
 * different times, which nodes that read {@code now} can tell apart. Sleep sets or DPOR over these events
 * would merge runs that differ; this test pins the fact the reduction has to be designed around.
 */
class TimedOrderTest {

    /** Takes the delivery from {@code first} before any other, then the default order. */
    private record FirstFrom(int first) implements Strategy {
        @Override
        public String name() {
            return "first-from-" + first;
        }

        @Override
        public Chooser chooser(SimRandom random) {
            return enabled -> {
                for (int i = 0; i < enabled.size(); i++) {
                    if (enabled.get(i).kind() == EnabledEvent.Kind.DELIVER && enabled.get(i).origin() == first) {
                        return i;
                    }
                }
                return 0;
            };
        }
    }

    /** Two pingers whose messages may take 1 or 2 ticks, queued at 1 as the checker queues them. */
    private static SimNetwork<String> twoPingers(Strategy strategy) {
        DrawTape tape = new DrawTape(16, MessageDelays.WINDOW);
        tape.begin(new int[0], true, 0, 0);
        return SimNetwork.nodes(2, Pinger.factory(2, 1))
                .faults(NetworkFaults.builder().maxDelayTicks(2).maxTailDelayTicks(2).build())
                .context(new SimContext(new SimRandom(new ForcedSource(tape, 1)), strategy))
                .traceMode(TraceMode.FINGERPRINT_ONLY).build();
    }

    @Test
    void deliveriesToDifferentNodesInEitherOrderEndAtDifferentTimes() {
        SimNetwork<String> inOrder = twoPingers(new FirstFrom(0));
        SimNetwork<String> swapped = twoPingers(new FirstFrom(1));
        inOrder.step();
        inOrder.step();
        swapped.step();
        swapped.step();
        List<Object> a = inOrder.modelState(node -> ((ModelKeyed) node).modelKey());
        List<Object> b = swapped.modelState(node -> ((ModelKeyed) node).modelKey());
        assertEquals(a.subList(1, 3), b.subList(1, 3), "both nodes received their ping either way");
        assertEquals(1, inOrder.now().ticks());
        assertEquals(2, swapped.now().ticks(), "the earlier-queued delivery was moved to the next tick");
        assertNotEquals(a, b);
    }
}
