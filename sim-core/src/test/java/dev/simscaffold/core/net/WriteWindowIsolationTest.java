package dev.simscaffold.core.net;

import static dev.simscaffold.core.net.NetTestSupport.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simscaffold.core.fault.NetworkFaults;
import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.storage.Completion;
import dev.simscaffold.core.storage.DiskContents;
import dev.simscaffold.core.storage.StorageIo;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.EventKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Write-window isolations ({@link NetworkFaults#writeWindowIsolationRate()}): a node is cut off from every other node
 * right after an input that left writes not yet durable, and lives on. The planted bug is a journal that reports
 * each record it made durable as a delta and never again, trusting the network to deliver it: its replica falls
 * behind for good with isolations on, never without them (a perfect network), and the journal that reports its
 * running total on every tick keeps the replica level under the same isolations.
 */
class WriteWindowIsolationTest {

    private static final NetworkFaults ISOLATIONS = NetworkFaults.builder().writeWindowIsolationRate(0.1).maxWriteWindowIsolationTicks(30).build();
    private static final long WRITES_UNTIL = 200;

    /** Writes and fsyncs a record every 5 ticks until {@link #WRITES_UNTIL}; tells node 1 about it once synced. */
    private static final class Journal implements StorageNode<Long> {
        private final StorageIo disk;
        private final boolean deltas;
        private final Outbox<Long> outbox;
        private long written;
        private LogicalTime next;

        Journal(NodeId id, StorageIo disk, DiskContents recovered, LogicalTime now, boolean deltas) {
            this.disk = disk;
            this.deltas = deltas;
            this.outbox = new Outbox<>(id);
            written = recovered.bytes().length / 8;
            next = now.advance(5);
        }

        @Override
        public void handleInput(NodeId from, Long message, LogicalTime now) {
        }

        @Override
        public void handleTimeout(LogicalTime now) {
            if (now.ticks() < WRITES_UNTIL) {
                disk.write(written * 8, new byte[8]);
                disk.fsync();
            }
            if (!deltas) {
                outbox.send(NodeId.of(1), written);
            }
            next = now.advance(5);
        }

        @Override
        public void handleCompletion(Completion completion, LogicalTime now) {
            if (completion instanceof Completion.Synced) {
                written++;
                outbox.send(NodeId.of(1), deltas ? 1L : written);
            }
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

    /** Counts the journal's records: the sum of deltas, or the largest total heard. */
    private static final class Replica implements StorageNode<Long> {
        private final boolean deltas;
        private long records;

        Replica(boolean deltas) {
            this.deltas = deltas;
        }

        @Override
        public void handleInput(NodeId from, Long message, LogicalTime now) {
            records = deltas ? records + message : Math.max(records, message);
        }

        @Override
        public void handleTimeout(LogicalTime now) {
        }

        @Override
        public void handleCompletion(Completion completion, LogicalTime now) {
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

    private static SimNetwork<Long> journal(long seed, NetworkFaults faults, boolean deltas) {
        SimNetwork<Long> net = SimNetwork.<Long>diskNodes(2, (id, random, now, disk, recovered) -> id.index() == 0
                        ? new Journal(id, disk, recovered, now, deltas) : new Replica(deltas))
                .storage(StorageFaults.builder().minLatencyTicks(1).maxLatencyTicks(3).build()).random(SimRandom.seeded(seed))
                .faults(faults).build();
        net.run(400);
        return net;
    }

    private static int behind(NetworkFaults faults, boolean deltas) {
        int found = 0;
        for (long seed = 1; seed <= 100; seed++) {
            SimNetwork<Long> net = journal(seed, faults, deltas);
            long written = net.node(NodeId.of(0), Journal.class).orElseThrow().written;
            found += net.node(NodeId.of(1), Replica.class).orElseThrow().records < written ? 1 : 0;
        }
        return found;
    }

    @Test
    void aReportSentOnceIsLostForGoodOnlyWithWriteWindowIsolations() {
        assertThat(behind(ISOLATIONS, true)).as("deltas sent once, write-window isolations").isGreaterThan(50);
        assertThat(behind(NetworkFaults.NONE, true)).as("no isolations").isZero();
        assertThat(behind(ISOLATIONS, false)).as("running total on every tick").isZero();
    }

    @Test
    void everyIsolationCutsOffANodeWithWritesAtRiskHealsAndReplays() {
        SimNetwork<Long> net = journal(3, ISOLATIONS, false);
        assertThat(events(net, EventKind.PARTITION)).isNotEmpty()
                .allSatisfy(cut -> assertThat(cut.detail()).isEqualTo("[node-0] <-> [node-1]"));
        assertThat(events(net, EventKind.HEAL)).isNotEmpty();
        assertThat(events(net, EventKind.CRASH)).isEmpty();
        assertThat(journal(3, ISOLATIONS, false).trace().fingerprint()).isEqualTo(net.trace().fingerprint());
        NetworkFaults off = ISOLATIONS.toBuilder().writeWindowIsolationRate(0).build();
        assertThat(journal(3, off, true).trace().fingerprint()).isEqualTo(journal(3, NetworkFaults.NONE, true).trace().fingerprint());
    }

    /** Rates are checked for every aimed kind by {@code AimedFaultRatesTest}; the duration is this kind's own. */
    @Test
    void badDurationsAreRefusedNamingTheValue() {
        assertThatThrownBy(() -> NetworkFaults.builder().maxWriteWindowIsolationTicks(-3).build())
                .hasMessageContaining("network.maxWriteWindowIsolationTicks").hasMessageContaining("-3");
        assertThatThrownBy(() -> NetworkFaults.builder().writeWindowIsolationRate(0.1).build())
                .hasMessageContaining("network.maxWriteWindowIsolationTicks").hasMessageContaining("0");
    }
}
