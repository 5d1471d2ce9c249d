package dev.simscaffold.core.storage;

import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.fault.StorageFaults;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.trace.Trace;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Drives a {@link LogKv} through a list of client puts and crashes, one tick per operation, and checks
 * after every recovery that each acknowledged put is still there.
 */
record KvScenario(List<Op> ops, SimRandom random) {

    enum Op { PUT, POWER_LOSS, PROCESS_CRASH }

    /** Latency makes crashes hit mid-write; torn writes and random survivors make the log's tail messy. */
    static final StorageFaults FAULTS = StorageFaults.builder()
            .minLatencyTicks(0).maxLatencyTicks(2)
            .tornWriteRate(0.5).unsyncedSurvivalRate(0.3)
            .build();

    static Gen<KvScenario> scenarios(Op... kinds) {
        return Gen.zip(Gen.lists(Gen.pick(kinds), 0, 40), Gen.liveRandom(), KvScenario::new);
    }

    /** The outcome of a run: its trace and the disk's durable bytes, for determinism checks. */
    record Outcome(Trace trace, byte[] durable) {
    }

    Outcome run(boolean fsyncBeforeAck) {
        return run(fsyncBeforeAck, Trace.full());
    }

    /** Runs into the given trace, so a failing run's trace can still be read. */
    Outcome run(boolean fsyncBeforeAck, Trace trace) {
        DiskClock d = new DiskClock(FAULTS, random.fork("storage.n1"), 4, trace);
        LogKv kv = new LogKv(d.io(), fsyncBeforeAck);
        Map<Integer, Integer> acked = new TreeMap<>();
        int key = 0;
        for (Op op : ops) {
            switch (op) {
                case PUT -> kv.put(key, 1000 + key++);
                case POWER_LOSS, PROCESS_CRASH -> {
                    d.disk.crash(d.now, op == Op.POWER_LOSS ? CrashKind.POWER_LOSS : CrashKind.PROCESS_CRASH);
                    kv = new LogKv(d.io(), fsyncBeforeAck);
                    kv.recover();
                    while (!kv.recovered()) {
                        d.advanceTo(d.disk.pollTimeout().orElseThrow(), kv::handle);
                    }
                    for (Map.Entry<Integer, Integer> put : acked.entrySet()) {
                        if (!put.getValue().equals(kv.state().get(put.getKey()))) {
                            throw new AssertionError("acknowledged put " + put + " lost after " + op + "; store holds " + kv.state());
                        }
                    }
                }
            }
            d.advanceTo(d.now.advance(1), kv::handle);
            for (int ackedKey : kv.pollAcks()) {
                acked.put(ackedKey, 1000 + ackedKey);
            }
        }
        return new Outcome(trace, d.disk.durableContents());
    }
}
