package dev.simscaffold.core.net;

import static dev.simscaffold.core.net.NetTestSupport.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.EventKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Fan-out cuts ({@link NetworkFaults#fanOutCutRate()}): a node that has just sent to two or more nodes is cut off from
 * exactly those, while the others still reach it. The planted bug is a coordinator that broadcasts each update to its
 * two replicas once, as a delta, trusting the network: a replica falls behind for good with fan-out cuts on, never
 * without them, and never when the coordinator broadcasts its running total on every tick.
 */
class FanOutCutTest {

    private static final NetworkFaults CUTS = NetworkFaults.builder().fanOutCutRate(0.1).maxFanOutCutTicks(30).build();
    private static final long UPDATES_UNTIL = 200;

    /** Node 0: every 5 ticks an update (until {@link #UPDATES_UNTIL}), broadcast to nodes 1 and 2. */
    static final class Coordinator implements SansIoNode<Long> {
        private final boolean deltas;
        private final Outbox<Long> outbox;
        private long updates;
        private LogicalTime next;

        Coordinator(NodeId id, LogicalTime now, boolean deltas) {
            this.deltas = deltas;
            this.outbox = new Outbox<>(id);
            next = now.advance(5);
        }

        @Override
        public void handleInput(NodeId from, Long message, LogicalTime now) {
        }

        @Override
        public void handleTimeout(LogicalTime now) {
            boolean update = now.ticks() < UPDATES_UNTIL;
            if (update) {
                updates++;
            }
            if (update || !deltas) {
                outbox.send(NodeId.of(1), deltas ? 1L : updates);
                outbox.send(NodeId.of(2), deltas ? 1L : updates);
            }
            next = now.advance(5);
        }

        @Override
        public Optional<Transmit<Long>> pollTransmit() {
            return outbox.poll();
        }

        @Override
        public Optional<LogicalTime> pollTimeout() {
            return Optional.of(next);
        }
    }

    /** Nodes 1 and 2 count updates (the sum of deltas, or the largest total heard); node 3 only listens. */
    static final class Replica implements SansIoNode<Long> {
        private final boolean deltas;
        private long updates;

        Replica(boolean deltas) {
            this.deltas = deltas;
        }

        @Override
        public void handleInput(NodeId from, Long message, LogicalTime now) {
            updates = deltas ? updates + message : Math.max(updates, message);
        }

        @Override
        public void handleTimeout(LogicalTime now) {
        }

        @Override
        public Optional<Transmit<Long>> pollTransmit() {
            return Optional.empty();
        }

        @Override
        public Optional<LogicalTime> pollTimeout() {
            return Optional.empty();
        }
    }

    static SimNetwork<Long> cluster(long seed, NetworkFaults faults, boolean deltas) {
        return cluster(SimRandom.seeded(seed), faults, deltas);
    }

    static SimNetwork<Long> cluster(SimRandom random, NetworkFaults faults, boolean deltas) {
        SimNetwork<Long> net = SimNetwork.<Long>nodes(4, (id, nodeRandom, now) -> id.index() == 0
                        ? new Coordinator(id, now, deltas) : new Replica(deltas))
                .random(random).faults(faults).build();
        net.run(400);
        return net;
    }

    /** Whether a replica has counted fewer updates than the coordinator made. */
    static boolean lagging(SimNetwork<Long> net) {
        long updates = net.node(NodeId.of(0), Coordinator.class).orElseThrow().updates;
        return net.node(NodeId.of(1), Replica.class).orElseThrow().updates < updates
                || net.node(NodeId.of(2), Replica.class).orElseThrow().updates < updates;
    }

    static int behind(NetworkFaults faults, boolean deltas) {
        int found = 0;
        for (long seed = 1; seed <= 100; seed++) {
            found += lagging(cluster(seed, faults, deltas)) ? 1 : 0;
        }
        return found;
    }

    @Test
    void anUpdateBroadcastOnceIsLostForGoodOnlyWithFanOutCuts() {
        assertThat(behind(CUTS, true)).as("deltas broadcast once, fan-out cuts").isGreaterThan(50);
        assertThat(behind(NetworkFaults.NONE, true)).as("no cuts").isZero();
        assertThat(behind(CUTS, false)).as("running total on every tick").isZero();
    }

    @Test
    void everyCutSeparatesTheBroadcasterFromItsDestinationsOnlyHealsAndReplays() {
        SimNetwork<Long> net = cluster(3, CUTS, false);
        assertThat(events(net, EventKind.PARTITION)).isNotEmpty()
                .allSatisfy(cut -> assertThat(cut.detail()).isEqualTo("[node-0] <-> [node-1, node-2]"));
        assertThat(events(net, EventKind.HEAL)).isNotEmpty();
        assertThat(cluster(3, CUTS, false).trace().fingerprint()).isEqualTo(net.trace().fingerprint());
        NetworkFaults off = CUTS.toBuilder().fanOutCutRate(0).build();
        assertThat(cluster(3, off, true).trace().fingerprint()).isEqualTo(cluster(3, NetworkFaults.NONE, true).trace().fingerprint());
    }

    /** Rates are checked for every aimed kind by {@code AimedFaultRatesTest}; the duration is this kind's own. */
    @Test
    void badDurationsAreRefusedNamingTheValue() {
        assertThatThrownBy(() -> NetworkFaults.builder().maxFanOutCutTicks(-7).build())
                .hasMessageContaining("network.maxFanOutCutTicks").hasMessageContaining("-7");
        assertThatThrownBy(() -> NetworkFaults.builder().fanOutCutRate(0.1).build())
                .hasMessageContaining("network.maxFanOutCutTicks").hasMessageContaining("0");
    }
}
