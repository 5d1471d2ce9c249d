package dev.simscaffold.core.history;

import dev.simscaffold.core.Api;

/**
 * Sequential models of key-value workloads, with their semantics explicit.
 *
 * <ul>
 *   <li>{@link #kv()} and {@link #register()}: {@link KvOp} registers holding {@code long}s. A read returns
 *       the value ({@code null} for nil); a write returns nothing; a compare-and-set returns nothing when it
 *       applied and, when it was refused, either fails or returns ok with the value it found.
 *       {@link KvSemantics} says where registers start (0 or nil) and whether a failed compare-and-set is a
 *       result ({@link RefusedCas}); the no-argument forms use {@link KvSemantics#defaults()}, Jepsen's etcd
 *       histories need {@link KvSemantics#jepsen()}.</li>
 *   <li>{@link #strings()}: Porcupine's key-value store of {@link StringKvOp}, every key starting as the
 *       empty string; get returns it, put replaces it, append concatenates.</li>
 * </ul>
 *
 * <p>{@code kv} and {@code strings} partition by key, so each key is checked alone (linearizability is
 * compositional); {@link #register()} treats every operation as acting on one register. Reads that never
 * returned are read-only ({@link Model#isReadOnly}), so the linearizability check leaves them out.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class KvModel {

    private KvModel() {
    }

    /**
     * Returns the model of one linearizable register (keys are ignored), starting at 0.
     *
     * @return the model
     */
    public static Model<RegisterValue, KvOp, Long> register() {
        return register(KvSemantics.defaults());
    }

    /**
     * Returns the model of one linearizable register (keys are ignored).
     *
     * @param semantics where it starts and what a refused compare-and-set means
     * @return the model
     */
    public static Model<RegisterValue, KvOp, Long> register(KvSemantics semantics) {
        return new RegisterModel("register", semantics, false);
    }

    /**
     * Returns the model of a key-value store of independent registers starting at 0, partitioned by key.
     *
     * @return the model
     */
    public static Model<RegisterValue, KvOp, Long> kv() {
        return kv(KvSemantics.defaults());
    }

    /**
     * Returns the model of a key-value store of independent registers, partitioned by key.
     *
     * @param semantics where registers start and what a refused compare-and-set means
     * @return the model
     */
    public static Model<RegisterValue, KvOp, Long> kv(KvSemantics semantics) {
        return new RegisterModel("kv", semantics, true);
    }

    /**
     * Returns Porcupine's key-value model of string values with get, put and append, partitioned by key.
     *
     * @return the model, state one key's string
     */
    public static Model<String, StringKvOp, String> strings() {
        return new StringKvModel();
    }
}
