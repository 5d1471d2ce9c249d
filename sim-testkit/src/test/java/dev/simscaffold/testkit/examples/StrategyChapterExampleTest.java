package dev.simscaffold.testkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.Outbox;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.testkit.property.Properties;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Keeps chapter 5's "select a strategy" example compiling and true: the network built with a random-walk context
 * explores by random walk (another schedule than the default order's for the same seed), and the property runs.
 */
class StrategyChapterExampleTest {

    /** The chapter's message type: a value gossiped around a ring. */
    record Msg(long value) {
    }

    /** The chapter's node: every 3 ticks it sends the largest value it has seen to the next node of the ring. */
    static final class MyNode implements SansIoNode<Msg> {
        private final NodeId id;
        private final Outbox<Msg> outbox;
        private long value;
        private LogicalTime next;

        MyNode(NodeId id, SimRandom random, LogicalTime now) {
            this.id = id;
            this.outbox = new Outbox<>(id);
            this.value = random.nextInt(1_000);
            this.next = now.advance(3);
        }

        @Override
        public void handleInput(NodeId from, Msg message, LogicalTime now) {
            value = Math.max(value, message.value());
        }

        @Override
        public void handleTimeout(LogicalTime now) {
            outbox.send(NodeId.of((id.index() + 1) % 3), new Msg(value));
            next = now.advance(3);
        }

        @Override
        public Optional<Transmit<Msg>> pollTransmit() {
            return outbox.poll();
        }

        @Override
        public Optional<LogicalTime> pollTimeout() {
            return Optional.of(next);
        }
    }

    @Test
    void theNetworkExploresByRandomWalk() {
        SimNetwork<Msg> walked = selectingAStrategy(42, FaultConfig.mild());
        SimNetwork<Msg> ordered = SimNetwork.nodes(3, MyNode::new).seed(42).faults(FaultConfig.mild()).build();
        walked.run(300);
        ordered.run(300);

        assertThat(walked.context().strategy()).isEqualTo(Strategy.randomWalk());
        assertThat(walked.trace().fingerprintHex()).isNotEqualTo(ordered.trace().fingerprintHex());
    }

    private static SimNetwork<Msg> selectingAStrategy(long seed, FaultConfig faults) {
        // DOCS:begin docs/guide/05-exploration-and-model-checking.md
        SimNetwork<Msg> net = SimNetwork.nodes(3, MyNode::new)
                .context(new SimContext(seed, Strategy.randomWalk()))   // or .seed(seed).strategy(Strategy.randomWalk())
                .faults(faults).build();

        Properties.forAll(Gen.liveRandom()).strategy(Strategy.randomWalk())   // PropertySettings.withStrategy in sim-core
                .check(random -> { /* a network built with .random(random) explores by random walk */ });
        // DOCS:end
        return net;
    }
}
