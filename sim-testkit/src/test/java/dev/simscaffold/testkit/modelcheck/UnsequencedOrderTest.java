package dev.simscaffold.testkit.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.explore.Chooser;
import dev.simscaffold.core.explore.EnabledEvent;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.model.ModelKeyed;
import dev.simscaffold.core.net.EventOrder;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.TraceMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@link EventOrder#UNSEQUENCED} changes: the case {@link TimedOrderTest} pins (two deliveries to different
 * nodes, due at one tick) commutes under it, and a run without a chooser is the same run under either order.
 */
class UnsequencedOrderTest {

    /** Takes the delivery from {@code first} before any other, then the head. */
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

    private static SimNetwork<String> twoPingers(Strategy strategy, EventOrder order) {
        DrawTape tape = new DrawTape(16, MessageDelays.WINDOW);
        tape.begin(new int[0], true, 0, 0);
        return SimNetwork.nodes(2, Pinger.factory(2, 1))
                .faults(NetworkFaults.builder().maxDelayTicks(2).maxTailDelayTicks(2).build())
                .eventOrder(order)
                .context(new SimContext(new SimRandom(new ForcedSource(tape, 1)), strategy))
                .traceMode(TraceMode.FINGERPRINT_ONLY).build();
    }

    private static List<Object> afterTwoSteps(int first, EventOrder order) {
        SimNetwork<String> net = twoPingers(new FirstFrom(first), order);
        net.step();
        net.step();
        assertEquals(1, net.now().ticks(), order + ", first from node-" + first);
        return net.modelState(node -> ((ModelKeyed) node).modelKey());
    }

    @Test
    void deliveriesToDifferentNodesDueAtOneTickCommute() {
        assertEquals(afterTwoSteps(0, EventOrder.UNSEQUENCED), afterTwoSteps(1, EventOrder.UNSEQUENCED),
                "either order ends in the same state, both at t=1");
    }

    /** Always takes the first enabled event, which under either order is the (time, queueing) head. */
    private record HeadFirst() implements Strategy {
        @Override
        public String name() {
            return "head-first";
        }

        @Override
        public Chooser chooser(SimRandom random) {
            return enabled -> 0;
        }
    }

    @Test
    void theHeadIsFirstUnderEitherOrderSoARunWithoutAChooserIsOneOfItsRuns() {
        NetworkFaults faults = NetworkFaults.builder().maxDelayTicks(3).lossRate(0.1).duplicateRate(0.1).build();
        for (long seed = 1; seed <= 20; seed++) {
            long plain = run(seed, faults, null, EventOrder.SEQUENCED);
            assertEquals(plain, run(seed, faults, null, EventOrder.UNSEQUENCED), "seed " + seed + " without a chooser");
            assertEquals(run(seed, faults, new HeadFirst(), EventOrder.SEQUENCED), run(seed, faults, new HeadFirst(), EventOrder.UNSEQUENCED),
                    "seed " + seed + " always taking the first enabled event");
        }
    }

    private static long run(long seed, NetworkFaults faults, Strategy strategy, EventOrder order) {
        SimContext context = strategy == null ? new SimContext(seed) : new SimContext(seed, strategy);
        SimNetwork<String> net = SimNetwork.nodes(4, Pinger.factory(4, 3)).faults(faults).context(context)
                .eventOrder(order).traceMode(TraceMode.FINGERPRINT_ONLY).build();
        net.run(50);
        return net.trace().fingerprint();
    }
}
