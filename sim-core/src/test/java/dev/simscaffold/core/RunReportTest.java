package dev.simscaffold.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simscaffold.core.fault.FaultConfig;
import dev.simscaffold.core.harness.SimHarness;
import dev.simscaffold.core.harness.StateMachine;
import dev.simscaffold.core.harness.Step;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.Outbox;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.time.LogicalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Both simulations report seed, events, time and coverage, and the rate only from the caller's stopwatch. */
class RunReportTest {

    private static final StateMachine<Integer, Integer, String> COUNTER = (total, add, now) -> Step.of(total + add, "total " + (total + add));

    @Test
    void aHarnessReportsItsStepsAndTheRateFromTheCallersStopwatch() {
        long[] nanos = {1_000_000_000L};
        SimHarness<Integer, Integer, String> harness = SimHarness.builder(COUNTER).seed(9).instances(1, 0)
                .faults(FaultConfig.builder().effects(e -> e.dropRate(1)).build()).stopwatch(() -> nanos[0]).build();
        harness.apply(0, 1);
        harness.apply(0, 2);
        harness.advance(5);
        nanos[0] += 2_000_000;

        RunReport report = harness.report();
        assertThat(report.events()).isEqualTo(2);
        assertThat(report.elapsedNanos()).hasValue(2_000_000);
        assertThat(report.describe()).startsWith("seed 9: 2 events to t=5 in 2 ms (1000 events/s)\nfaults fired: EFFECT_DROPPEDx2;");
    }

    /** Two nodes that ping each other once. */
    static final class Pinger implements SansIoNode<String> {
        private final Outbox<String> outbox;

        Pinger(NodeId id) {
            this.outbox = new Outbox<>(id);
            outbox.send(NodeId.of(1 - id.index()), "ping from " + id);
        }

        @Override
        public void handleInput(NodeId from, String message, LogicalTime now) {
        }

        @Override
        public void handleTimeout(LogicalTime now) {
        }

        @Override
        public Optional<Transmit<String>> pollTransmit() {
            return outbox.poll();
        }

        @Override
        public Optional<LogicalTime> pollTimeout() {
            return Optional.empty();
        }
    }

    @Test
    void aNetworkWithoutAStopwatchReportsNoRate() {
        SimNetwork<String> net = SimNetwork.nodes(2, (id, random, now) -> new Pinger(id)).seed(4).build();
        net.run(10);

        assertThat(net.report().events()).isEqualTo(2);
        assertThat(net.report().elapsedNanos()).isEmpty();
        assertThat(net.report().describe()).startsWith("seed 4: 2 events to t=10\nfaults fired: none; never fired: ");
    }
}
