package dev.simscaffold.bench.history;

import dev.simscaffold.core.history.History;
import dev.simscaffold.core.history.HistoryBuilder;
import dev.simscaffold.core.history.KvOp;
import dev.simscaffold.core.history.ModelStep;
import dev.simscaffold.core.history.Model;
import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Key-value histories for the history benchmarks: clients of a linearizable store (each operation takes
 * effect at its completion) invoke and complete operations in a random interleaving, so up to one
 * operation per client is in flight at any time. Key {@code k3} is register 3.
 */
public final class KvHistories {

    private KvHistories() {
    }

    /**
     * Generates a linearizable history.
     *
     * @param seed the seed
     * @param operations how many operations
     * @param keys how many keys
     * @param clients how many clients (the concurrency)
     * @return the history
     */
    public static History<KvOp, Long> linearizable(long seed, int operations, int keys, int clients) {
        SimRandom random = SimRandom.seeded(seed);
        HistoryBuilder<KvOp, Long> builder = History.builder();
        long[] store = new long[keys];
        KvOp[] inFlight = new KvOp[clients];
        int invoked = 0;
        int open = 0;
        long nextValue = 1;
        while (invoked < operations || open > 0) {
            int client = random.nextInt(clients);
            KvOp op = inFlight[client];
            if (op == null && invoked < operations) {
                int key = random.nextInt(keys);
                op = random.chance(0.5) ? KvOp.read("k" + key) : KvOp.write("k" + key, nextValue++);
                inFlight[client] = op;
                builder.invoke("c" + client, op);
                invoked++;
                open++;
            } else if (op != null) {
                int key = Integer.parseInt(op.key().substring(1));
                if (op instanceof KvOp.Write write) {
                    store[key] = write.value();
                    builder.ok("c" + client, null);
                } else {
                    builder.ok("c" + client, store[key]);
                }
                inFlight[client] = null;
                open--;
            }
        }
        return builder.build();
    }

    /**
     * Returns a model of the whole store as one state (every key's value), for checking without
     * partitions.
     *
     * @param keys how many keys
     * @return the model
     */
    public static Model<List<Long>, KvOp, Long> wholeStore(int keys) {
        List<Long> zeros = new ArrayList<>();
        for (int i = 0; i < keys; i++) {
            zeros.add(0L);
        }
        return Model.deterministic("kv-store", List.copyOf(zeros), (List<Long> values, KvOp op) -> {
            int key = Integer.parseInt(op.key().substring(1));
            if (op instanceof KvOp.Write write) {
                List<Long> next = new ArrayList<>(values);
                next.set(key, write.value());
                return ModelStep.to(List.copyOf(next));
            }
            return new ModelStep<>(values, values.get(key));
        });
    }
}
