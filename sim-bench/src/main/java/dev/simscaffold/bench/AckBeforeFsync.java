package dev.simscaffold.bench;

import dev.simscaffold.core.InvariantViolationError;
import dev.simscaffold.core.SimContext;
import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.explore.Strategy;
import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.net.FaultSchedule;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.net.StorageNode;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.storage.Completion;
import dev.simscaffold.core.storage.DiskContents;
import dev.simscaffold.core.storage.StorageIo;
import dev.simscaffold.core.time.LogicalTime;
import dev.simscaffold.core.trace.TraceMode;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An append-only store on one machine's disk for the bug benchmark, with a bug that needs a power loss
 * between a write and its fsync: the store appends each value as an 8-byte record and fsyncs it; the correct
 * store acknowledges a value when its fsync completes, the buggy one when its write reaches the volatile
 * cache. The acknowledgements go into a ledger that stands for the clients told "stored", which no crash takes
 * back. The invariant, checked after every event: every incarnation holds every acknowledged value. Power losses
 * (which lose every unsynced write) and restarts come from a random {@link FaultSchedule} of those two kinds,
 * outside Raft and without any protocol of messages.
 */
final class AckBeforeFsync {

    /** How many values are appended. */
    static final int WRITES = 12;
    /** Ticks between two appends. */
    static final long WRITE_EVERY_TICKS = 8;
    /** Up to this many power losses and restarts, spread over the writes. */
    static final int FAULT_EVENTS = 6;
    /** The disk: 1 to 4 ticks per operation; a power loss loses every unsynced write. */
    static final StorageFaults DISK = StorageFaults.builder().minLatencyTicks(1).maxLatencyTicks(4).build();

    private static final NodeId STORE = NodeId.of(0);
    private static final int RECORD = Long.BYTES;

    private AckBeforeFsync() {
    }

    /** One incarnation of the store. */
    static final class Store implements StorageNode<Void> {

        private final StorageIo disk;
        private final boolean ackOnWrite;
        private final TreeSet<Long> acknowledged;
        private final TreeSet<Long> held = new TreeSet<>();
        private final TreeMap<Long, Long> writing = new TreeMap<>();
        private final TreeMap<Long, Long> syncing = new TreeMap<>();
        private long end;

        Store(StorageIo disk, DiskContents recovered, boolean ackOnWrite, TreeSet<Long> acknowledged) {
            this.disk = disk;
            this.ackOnWrite = ackOnWrite;
            this.acknowledged = acknowledged;
            byte[] bytes = recovered.bytes();
            for (int at = 0; at + RECORD <= bytes.length; at += RECORD) {
                long value = ByteBuffer.wrap(bytes, at, RECORD).getLong();
                if (value != 0) {
                    held.add(value);
                }
            }
            end = (long) bytes.length / RECORD * RECORD;
        }

        void append(long value) {
            writing.put(disk.write(end, ByteBuffer.allocate(RECORD).putLong(value).array()), value);
            end += RECORD;
            held.add(value);
        }

        @Override
        public void handleCompletion(Completion completion, LogicalTime now) {
            if (completion instanceof Completion.Written written && writing.containsKey(written.op())) {
                long value = writing.remove(written.op());
                syncing.put(disk.fsync(), value);
                if (ackOnWrite) {
                    acknowledged.add(value);
                }
            } else if (completion instanceof Completion.Synced synced && syncing.containsKey(synced.op())) {
                long value = syncing.remove(synced.op());
                if (!ackOnWrite) {
                    acknowledged.add(value);
                }
            } else {
                throw new IllegalStateException("the store's disk has no errors, yet completed " + completion);
            }
        }

        /** The acknowledged values this incarnation does not hold, as the invariant's problems. */
        List<String> lost() {
            List<String> problems = new ArrayList<>();
            for (long value : acknowledged) {
                if (!held.contains(value)) {
                    problems.add("acknowledged value " + value + " is gone; the store holds " + held);
                }
            }
            return problems;
        }

        @Override
        public void handleInput(NodeId from, Void message, LogicalTime now) {
            throw new IllegalStateException("the store takes appends through invoke, not messages; got one from " + from);
        }

        @Override
        public void handleTimeout(LogicalTime now) {
            throw new IllegalStateException("the store sets no timers, yet was woken at " + now);
        }

        @Override
        public Optional<Transmit<Void>> pollTransmit() {
            return Optional.empty();
        }

        @Override
        public Optional<LogicalTime> pollTimeout() {
            return Optional.empty();
        }
    }

    /**
     * Appends {@link #WRITES} values under up to {@link #FAULT_EVENTS} power losses and restarts drawn from the
     * seed's {@code "schedule"} fork, then lets the store recover; true if an acknowledged value was lost.
     *
     * @param seed the run's seed
     * @param strategy the schedule strategy
     * @param ackOnWrite whether the store acknowledges before the fsync (the bug)
     * @return whether the run failed
     */
    static boolean fails(long seed, Strategy strategy, boolean ackOnWrite) {
        long horizon = WRITES * WRITE_EVERY_TICKS;
        TreeSet<Long> acknowledged = new TreeSet<>();
        FaultSchedule schedule = FaultSchedule.random(new SimContext(seed).fork("schedule"), List.of(STORE), horizon, FAULT_EVENTS,
                EnumSet.of(FaultSchedule.Kind.POWER_LOSS, FaultSchedule.Kind.RESTART)).recoverAllAt(horizon);
        SimNetwork<Void> net = SimNetwork.<Void>diskNodes(1, (id, random, now, disk, recovered) -> new Store(disk, recovered, ackOnWrite, acknowledged))
                .seed(seed).strategy(strategy).storage(DISK).schedule(schedule).traceMode(TraceMode.FINGERPRINT_ONLY)
                .expect(Expectation.always("acknowledged values survive", view -> view.all(Store.class).stream()
                        .flatMap(store -> store.lost().stream()).toList()))
                .build();
        try {
            for (long value = 1; value <= WRITES; value++) {
                long appended = value;
                if (net.isUp(STORE)) {
                    net.invoke(STORE, Store.class, "append " + appended, store -> store.append(appended));
                }
                net.run(WRITE_EVERY_TICKS);
            }
            net.run(2 * WRITE_EVERY_TICKS);
            return false;
        } catch (InvariantViolationError violation) {
            return true;
        }
    }
}
