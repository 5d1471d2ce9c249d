package dev.simscaffold.corpus.primarybackup;

import dev.simscaffold.core.check.Gen;
import dev.simscaffold.core.history.KvOp;
import dev.simscaffold.core.random.SimRandom;
import java.util.List;

/**
 * A workload of the primary-backup store and the stream every network decision is drawn from: as a generated
 * value it shrinks like any other, operations and delays together.
 *
 * @param ops the operations, each with the client that performs it (clients keep their order)
 * @param random the stream of the network's delays and losses and of the clients' replica choices
 */
public record PbScenario(List<ClientOp> ops, SimRandom random) {

    /** The label of the span each operation is drawn in, after {@code op.}: one client operation to the shrinker. */
    public static final String OPERATION_KIND = "pb";

    /**
     * Up to 24 reads and writes of keys {@code a} and {@code b} over {@link PrimaryBackupCluster#CLIENTS} clients,
     * about 9 on average, each drawn as one {@code op.pb} span ({@link Gen#operations}), so that shrinking deletes
     * an operation as a unit and {@link dev.simscaffold.core.check.ActionCount} counts it.
     */
    public static final Gen<PbScenario> SCENARIOS = Gen.zip(
            Gen.operations(OPERATION_KIND, Gen.zip(Gen.ints(0, PrimaryBackupCluster.CLIENTS - 1), operations(), ClientOp::new), 24, 9),
            Gen.liveRandom(),
            PbScenario::new);

    /**
     * Copies the operations.
     *
     * @param ops the operations
     * @param random the stream
     */
    public PbScenario {
        ops = List.copyOf(ops);
    }

    /**
     * One operation and the client that performs it.
     *
     * @param client the client's number, from 0
     * @param op the operation
     */
    public record ClientOp(int client, KvOp op) {
    }

    /**
     * Returns one client's script, in order.
     *
     * @param client the client's number
     * @return its operations
     */
    public List<KvOp> scriptOf(int client) {
        return ops.stream().filter(op -> op.client() == client).map(ClientOp::op).toList();
    }

    private static Gen<KvOp> operations() {
        Gen<String> keys = Gen.pick("a", "b");
        return Gen.oneOf(keys.map(KvOp::read), Gen.zip(keys, Gen.ints(1, 9), (key, value) -> KvOp.write(key, value)));
    }
}
