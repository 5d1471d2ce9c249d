package dev.simscaffold.core.net;

import static dev.simscaffold.core.net.NetTestSupport.events;
import static org.assertj.core.api.Assertions.assertThat;

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
 * Write-window crashes ({@link NetworkFaults#writeWindowCrashRate()}): a node crashes right after an input that left
 * writes not yet durable. The planted bug is a journal that promises a record before its fsync: found with
 * write-window crashes on, never without them, and never in the journal that promises after the fsync.
 */
class WriteWindowCrashTest {

    private static final NetworkFaults WINDOWS = NetworkFaults.builder().writeWindowCrashRate(0.05).restartAfterTicks(5).build();

    /** Writes record k every 5 ticks and fsyncs it; promises k to node 1 at once (the bug) or once it is synced. */
    private static final class Journal implements StorageNode<Long> {
        private final StorageIo disk;
        private final boolean promiseBeforeFsync;
        private final Outbox<Long> outbox;
        private long written;
        private LogicalTime next;

        Journal(NodeId id, StorageIo disk, DiskContents recovered, LogicalTime now, boolean promiseBeforeFsync) {
            this.disk = disk;
            this.promiseBeforeFsync = promiseBeforeFsync;
            this.outbox = new Outbox<>(id);
            written = recovered.bytes().length / 8;
            outbox.send(NodeId.of(1), -written - 1);
            next = now.advance(5);
        }

        @Override
        public void handleInput(NodeId from, Long message, LogicalTime now) {
        }

        @Override
        public void handleTimeout(LogicalTime now) {
            disk.write(written * 8, new byte[8]);
            disk.fsync();
            written++;
            if (promiseBeforeFsync) {
                outbox.send(NodeId.of(1), written);
            }
            next = now.advance(5);
        }

        @Override
        public void handleCompletion(Completion completion, LogicalTime now) {
            if (completion instanceof Completion.Synced && !promiseBeforeFsync) {
                outbox.send(NodeId.of(1), written);
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

    /** Remembers the most records promised and whether a restart recovered fewer. */
    private static final class Auditor implements StorageNode<Long> {
        private long promised;
        private boolean forgotten;

        @Override
        public void handleInput(NodeId from, Long message, LogicalTime now) {
            if (message < 0) {
                forgotten |= -message - 1 < promised;
            } else {
                promised = Math.max(promised, message);
            }
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

    private static SimNetwork<Long> journal(long seed, NetworkFaults faults, boolean promiseBeforeFsync) {
        SimNetwork<Long> net = SimNetwork.<Long>diskNodes(2, (id, random, now, disk, recovered) -> id.index() == 0
                        ? new Journal(id, disk, recovered, now, promiseBeforeFsync) : new Auditor())
                .storage(StorageFaults.builder().minLatencyTicks(1).maxLatencyTicks(3).build()).random(SimRandom.seeded(seed))
                .faults(faults).build();
        net.run(300);
        return net;
    }

    private static int forgotten(NetworkFaults faults, boolean promiseBeforeFsync) {
        int found = 0;
        for (long seed = 1; seed <= 100; seed++) {
            SimNetwork<Long> net = journal(seed, faults, promiseBeforeFsync);
            found += net.node(NodeId.of(1), Auditor.class).orElseThrow().forgotten ? 1 : 0;
        }
        return found;
    }

    @Test
    void aPromiseBeforeTheFsyncIsForgottenOnlyWithWriteWindowCrashes() {
        assertThat(forgotten(WINDOWS, true)).as("journal promising before fsync, write-window crashes").isGreaterThan(50);
        assertThat(forgotten(NetworkFaults.NONE, true)).as("no crashes").isZero();
        assertThat(forgotten(WINDOWS, false)).as("journal promising after fsync").isZero();
    }

    @Test
    void everyWriteWindowCrashStrikesANodeWithWritesAtRiskAndReplays() {
        SimNetwork<Long> net = journal(3, WINDOWS, false);
        assertThat(events(net, EventKind.CRASH)).isNotEmpty().allSatisfy(crash -> assertThat(crash.actor()).isEqualTo("node-0"));
        assertThat(journal(3, WINDOWS, false).trace().fingerprint()).isEqualTo(net.trace().fingerprint());
        NetworkFaults off = WINDOWS.toBuilder().writeWindowCrashRate(0).build();
        assertThat(journal(3, off, true).trace().fingerprint()).isEqualTo(journal(3, NetworkFaults.builder().restartAfterTicks(5).build(), true)
                .trace().fingerprint());
    }
}
