package dev.simscaffold.core.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.Outbox;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The placement seam ({@link Placer}): a placer that keeps every message at its drawn tick makes the default
 * order's runs byte for byte (what shrinking every placement to 0 reaches), a random walk's placements change
 * most runs, and POS's second placement of a message that raced and lost changes runs that the same placements
 * without it leave alone.
 */
class PlacementTest {

    private static final int NODES = 4;

    /** Every node messages every other node every 3 ticks and answers every message once. */
    static final class Pinger implements SansIoNode<Integer> {
        private final NodeId id;
        private final Outbox<Integer> outbox;
        private long next = 1;

        Pinger(NodeId id) {
            this.id = id;
            this.outbox = new Outbox<>(id);
        }

        @Override
        public void handleInput(NodeId from, Integer message, LogicalTime now) {
            if (message == 0) {
                outbox.send(from, 1);
            }
        }

        @Override
        public void handleTimeout(LogicalTime now) {
            for (int peer = 0; peer < NODES; peer++) {
                if (peer != id.index()) {
                    outbox.send(NodeId.of(peer), 0);
                }
            }
            next = now.ticks() + 3;
        }

        @Override
        public Optional<Transmit<Integer>> pollTransmit() {
            return outbox.poll();
        }

        @Override
        public Optional<LogicalTime> pollTimeout() {
            return Optional.of(LogicalTime.of(next));
        }
    }

    static long fingerprint(long seed, Strategy strategy) {
        SimNetwork<Integer> net = SimNetwork.<Integer>nodes(NODES, (id, random, now) -> new Pinger(id)).seed(seed).strategy(strategy)
                .faults(NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(9).lossRate(0.05).duplicateRate(0.05).build()).build();
        net.run(120);
        return net.trace().fingerprint();
    }

    /** A strategy that places by {@code placer} alone. */
    private static Strategy placing(String name, java.util.function.Function<SimRandom, Placer> placer) {
        return new Strategy() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Placer placer(SimRandom random) {
                return placer.apply(random);
            }

            @Override
            public Chooser chooser(SimRandom random) {
                throw new AssertionError("a placing strategy is never asked for a network chooser");
            }
        };
    }

    @Test
    void placingEveryMessageAtItsDrawnTickIsTheDefaultOrder() {
        Strategy onTime = placing("on-time", random -> (origin, target, slack) -> 0);
        LongStream.rangeClosed(1, 20).forEach(seed ->
                assertThat(fingerprint(seed, onTime)).as("seed %d", seed).isEqualTo(fingerprint(seed, Strategy.uniform())));
    }

    @Test
    void aRandomWalksPlacementsChangeMostRuns() {
        long changed = LongStream.rangeClosed(1, 20).filter(seed -> fingerprint(seed, Strategy.randomWalk()) != fingerprint(seed, Strategy.uniform())).count();
        assertThat(changed).isGreaterThanOrEqualTo(18);
    }

    @Test
    void posPlacesAMessageThatRacedAndLostAgain() {
        Strategy withoutRaces = placing("pos without races", random -> {
            Placer pos = new PosPlacer(random);
            return pos::place;
        });
        assertThat(new PosPlacer(SimRandom.seeded(1)).replacesRaced()).isTrue();
        long changed = LongStream.rangeClosed(1, 20).filter(seed -> fingerprint(seed, Strategy.pos()) != fingerprint(seed, withoutRaces)).count();
        assertThat(changed).as("runs that placing raced messages again changed, of 20").isGreaterThanOrEqualTo(18);
    }
}
