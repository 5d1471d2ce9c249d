package dev.simscaffold.bench;

import dev.simscaffold.core.history.History;
import dev.simscaffold.core.history.HistoryBuilder;
import dev.simscaffold.core.history.MicroOp;
import dev.simscaffold.core.history.Txn;
import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * List-append histories of a serializable store, for the Elle-style checker's benchmarks, in the shape of
 * Elle's own generator: a window of {@link #ACTIVE_KEYS} keys, each retired after {@link #APPENDS_PER_KEY}
 * appends and replaced by a fresh one; every transaction has {@link #OPS_PER_TXN} steps, each an append
 * (of the key's next value) or a read of a key in the window, evenly; {@link #CLIENTS} clients interleave
 * at random, one transaction in flight each, and a transaction takes effect atomically at its completion.
 */
public final class TxnHistories {
    /** Keys appended to at any time. */
    public static final int ACTIVE_KEYS = 10;
    /** Appends a key receives before it retires. */
    public static final int APPENDS_PER_KEY = 32;
    /** Steps per transaction. */
    public static final int OPS_PER_TXN = 4;
    /** Concurrent clients. */
    public static final int CLIENTS = 10;

    private TxnHistories() {
    }

    /**
     * Generates a serializable history.
     *
     * @param seed the seed
     * @param transactions how many transactions
     * @return the history
     */
    public static History<Txn, Txn> serializable(long seed, int transactions) {
        return generate(seed, transactions, 0);
    }

    /**
     * Generates a history of a store that, now and then, serves a transaction's reads from the snapshot it
     * saw when the transaction was invoked while applying its appends at completion: the read skew and write
     * skew of a store that forgets a lock, as Elle's sloppy benchmark does.
     *
     * @param seed the seed
     * @param transactions how many transactions
     * @param staleRate the probability that a transaction reads its invocation-time snapshot
     * @return the history
     */
    public static History<Txn, Txn> sloppy(long seed, int transactions, double staleRate) {
        return generate(seed, transactions, staleRate);
    }

    private static History<Txn, Txn> generate(long seed, int transactions, double staleRate) {
        SimRandom random = SimRandom.seeded(seed);
        HistoryBuilder<Txn, Txn> builder = History.builder();
        Map<String, List<Long>> store = new LinkedHashMap<>();
        String[] window = new String[ACTIVE_KEYS];
        int[] appended = new int[ACTIVE_KEYS];
        int nextKey = 0;
        for (int i = 0; i < ACTIVE_KEYS; i++) {
            window[i] = "k" + nextKey++;
        }
        Txn[] inFlight = new Txn[CLIENTS];
        List<Map<String, List<Long>>> snapshots = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            snapshots.add(null);
        }
        int invoked = 0;
        int open = 0;
        while (invoked < transactions || open > 0) {
            int client = random.nextInt(CLIENTS);
            String name = "c" + client;
            if (inFlight[client] == null) {
                if (invoked == transactions) {
                    continue;
                }
                List<MicroOp> ops = new ArrayList<>(OPS_PER_TXN);
                for (int j = 0; j < OPS_PER_TXN; j++) {
                    int slot = random.nextInt(ACTIVE_KEYS);
                    if (random.nextInt(2) == 0) {
                        ops.add(new MicroOp.Read(window[slot], null));
                    } else {
                        ops.add(new MicroOp.Append(window[slot], ++appended[slot]));
                        if (appended[slot] == APPENDS_PER_KEY) {
                            window[slot] = "k" + nextKey++;
                            appended[slot] = 0;
                        }
                    }
                }
                inFlight[client] = new Txn(ops);
                snapshots.set(client, staleRate > 0 && random.chance(staleRate) ? snapshot(store, ops) : null);
                builder.invoke(name, inFlight[client]);
                invoked++;
                open++;
            } else {
                builder.ok(name, apply(store, inFlight[client], snapshots.get(client)));
                inFlight[client] = null;
                open--;
            }
        }
        return builder.build();
    }

    /** The lists of a transaction's keys as they are now. */
    private static Map<String, List<Long>> snapshot(Map<String, List<Long>> store, List<MicroOp> ops) {
        Map<String, List<Long>> snapshot = new LinkedHashMap<>();
        for (MicroOp op : ops) {
            snapshot.put(op.key(), new ArrayList<>(store.getOrDefault(op.key(), List.of())));
        }
        return snapshot;
    }

    /** Applies a transaction at its completion; reads come from the snapshot, plus its own appends, when there is one. */
    private static Txn apply(Map<String, List<Long>> store, Txn txn, Map<String, List<Long>> snapshot) {
        List<MicroOp> done = new ArrayList<>(txn.ops().size());
        for (MicroOp op : txn.ops()) {
            List<Long> list = store.computeIfAbsent(op.key(), key -> new ArrayList<>());
            List<Long> seen = snapshot == null ? list : snapshot.get(op.key());
            if (op instanceof MicroOp.Append append) {
                list.add(append.value());
                if (snapshot != null) {
                    seen.add(append.value());
                }
                done.add(op);
            } else {
                done.add(new MicroOp.Read(op.key(), List.copyOf(seen)));
            }
        }
        return new Txn(done);
    }
}
