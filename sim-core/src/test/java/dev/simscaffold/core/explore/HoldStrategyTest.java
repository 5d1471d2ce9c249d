package dev.simscaffold.core.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.Outbox;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.time.LogicalTime;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * {@link HoldStrategy}: a message held back past its drawn delay reaches orders no drawn delay allows (a
 * message that arrives after a timer due well after its longest delay), replays from its seed, and bad
 * parameters are refused naming the value.
 */
class HoldStrategyTest {

    /** {@code node-0} sends one message at its first timer (t=1); {@code node-1} notes whether it arrived before its timer at t=10. */
    static final class Racer implements SansIoNode<String> {
        private final boolean sender;
        private final Outbox<String> outbox;
        private boolean fired;
        boolean arrivedAfterTimer;

        Racer(NodeId id) {
            sender = id.index() == 0;
            outbox = new Outbox<>(id);
        }

        @Override
        public void handleInput(NodeId from, String message, LogicalTime now) {
            arrivedAfterTimer = fired;
        }

        @Override
        public void handleTimeout(LogicalTime now) {
            fired = true;
            if (sender) {
                outbox.send(NodeId.of(1), "m");
            }
        }

        @Override
        public Optional<Transmit<String>> pollTransmit() {
            return outbox.poll();
        }

        @Override
        public Optional<LogicalTime> pollTimeout() {
            return fired ? Optional.empty() : Optional.of(LogicalTime.of(sender ? 1 : 10));
        }
    }

    private static boolean lateArrival(long seed, Strategy strategy) {
        SimNetwork<String> net = SimNetwork.<String>nodes(2, (id, random, now) -> new Racer(id)).seed(seed).strategy(strategy)
                .faults(NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(3).build()).build();
        net.run(40);
        return net.view().node(NodeId.of(1), Racer.class).orElseThrow().arrivedAfterTimer;
    }

    @Test
    void holdingAMessageBackLetsItArriveAfterATimerThatNoDrawnDelayReaches() {
        assertThat(LongStream.rangeClosed(1, 200).filter(seed -> lateArrival(seed, Strategy.randomWalk()))).isEmpty();
        assertThat(LongStream.rangeClosed(1, 200).filter(seed -> lateArrival(seed, Strategy.uniform()))).isEmpty();
        long held = LongStream.rangeClosed(1, 200).filter(seed -> lateArrival(seed, Strategy.hold(20, Strategy.randomWalk()))).count();
        assertThat(held).isPositive();
        assertThat(LongStream.rangeClosed(1, 200).filter(seed -> lateArrival(seed, Strategy.hold(20, Strategy.randomWalk()))).count())
                .isEqualTo(held);
    }

    @Test
    void onlyAHoldAndAPortfolioWithOneWidenWindows() {
        assertThat(Strategy.uniform().holdTicks()).isZero();
        assertThat(Strategy.pct(3).holdTicks()).isZero();
        assertThat(Strategy.hold(7, Strategy.pos()).holdTicks()).isEqualTo(7);
        assertThat(Strategy.parse("portfolio:pct:3,hold:20:pos").holdTicks()).isEqualTo(20);
    }

    @Test
    void badHoldsAreRefusedNamingTheValue() {
        assertThatThrownBy(() -> Strategy.hold(0, Strategy.pos())).hasMessageContaining("hold ticks").hasMessageContaining("0");
        assertThatThrownBy(() -> Strategy.parse("hold:x:pos")).hasMessageContaining("hold ticks must be a number, got 'x'");
        assertThatThrownBy(() -> Strategy.parse("hold:5:uniform")).hasMessageContaining("'uniform'");
        assertThatThrownBy(() -> Strategy.parse("hold:5:hold:5:pos")).hasMessageContaining("'hold:5:pos'");
        assertThatThrownBy(() -> Strategy.parse("hold:5:bogus")).hasMessageContaining("unknown strategy 'bogus'");
    }
}
