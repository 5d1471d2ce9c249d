package dev.simscaffold.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.TraceMode;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures events per second on a 5-node example and prints it. It asserts only on what the run did,
 * never on timing: wall-clock assertions are flaky by nature. The numbers are for humans comparing
 * builds on one machine. It is excluded from the normal build (JMH benchmarks belong in sim-bench); run it
 * with {@code ./mvnw test -pl sim-core -Dtest=ThroughputTest -DexcludedGroups=}, longer with
 * {@code -Dsim.throughput.ticks=200000}.
 */
@Tag("throughput")
class ThroughputTest {

    /**
     * The message of the token workload.
     *
     * @param hops how often it was forwarded
     */
    record Token(int hops) {
    }

    /** Forwards every token to a random peer and keeps a heartbeat timer: a cheap, busy node. */
    static final class TokenNode implements SansIoNode<Token> {
        private final NodeId id;
        private final SimRandom random;
        private final Outbox<Token> outbox;
        private LogicalTime heartbeat = LogicalTime.of(10);
        private long handled;

        TokenNode(NodeId id, SimRandom random) {
            this.id = id;
            this.outbox = new Outbox<>(id);
            this.random = random;
            for (int i = 0; i < 20; i++) {
                forward(new Token(0));
            }
        }

        private void forward(Token token) {
            int peer = random.nextInt(4);
            outbox.send(NodeId.of(peer >= id.index() ? peer + 1 : peer), new Token(token.hops() + 1));
        }

        @Override
        public void handleInput(NodeId from, Token message, LogicalTime now) {
            handled++;
            forward(message);
        }

        @Override
        public void handleTimeout(LogicalTime now) {
            heartbeat = now.advance(10);
        }

        @Override
        public Optional<Transmit<Token>> pollTransmit() {
            return outbox.poll();
        }

        @Override
        public Optional<LogicalTime> pollTimeout() {
            return Optional.of(heartbeat);
        }
    }

    private static final long TICKS = Long.getLong("sim.throughput.ticks", 20_000);

    @Test
    void fiveNodeTokenWorkload() {
        NetworkFaults delays = NetworkFaults.builder().minDelayTicks(1).maxDelayTicks(5).tailDelayRate(0.01).maxTailDelayTicks(50).build();
        measure("5-node token ring, delays only, fingerprint-only trace", delays, TICKS);
        measure("5-node token ring, FaultConfig.mild(), fingerprint-only trace", FaultConfig.mild().network(), TICKS);
    }

    @Test
    void fiveNodeGossipWorkload() {
        SimNetwork<Sync, GossipNode> net = SimNetwork.<Sync, GossipNode>builder().seed(1)
                .nodes(5, GossipNode.factory(5, 2, GossipNode.Bug.NONE)).faults(FaultConfig.mild())
                .invariant(GossipChecks.versionsNeverGoBackwards()).traceMode(TraceMode.FINGERPRINT_ONLY).build();
        for (int i = 0; i < 20; i++) {
            String key = "k" + i;
            net.invoke(NodeId.of(i % 5), "put " + key, node -> node.put(key, "v"));
        }
        long start = System.nanoTime();
        long events = net.run(TICKS);
        report("5-node anti-entropy gossip (20 keys, invariant on), FaultConfig.mild()", events, System.nanoTime() - start);
        assertThat(events).isPositive();
    }

    private static void measure(String what, NetworkFaults faults, long ticks) {
        SimNetwork<Token, TokenNode> warmup = tokens(faults);
        warmup.run(ticks);
        SimNetwork<Token, TokenNode> net = tokens(faults);
        long start = System.nanoTime();
        long events = net.run(ticks);
        report(what, events, System.nanoTime() - start);
        assertThat(events).isEqualTo(net.stats().events());
        assertThat(net.stats().delivered()).isPositive();
    }

    private static SimNetwork<Token, TokenNode> tokens(NetworkFaults faults) {
        return SimNetwork.<Token, TokenNode>builder().seed(42).nodes(5, TokenNode::new).faults(faults)
                .traceMode(TraceMode.FINGERPRINT_ONLY).build();
    }

    private static void report(String what, long events, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf("[sim-network throughput] %s: %,d events in %.3f s = %,.0f events/s%n",
                what, events, seconds, events / seconds);
    }
}
