package dev.simscaffold.core.history;

/**
 * Sequential models of {@link KvOp} workloads. Every register starts at 0. A read returns the value; a
 * write returns nothing; a compare-and-set returns nothing when it applied and the value it found when it
 * did not (so a client may record a refused compare-and-set either as a failure or as ok with that value).
 * {@link #kv()} partitions by key, so each key's operations are checked alone against one register;
 * {@link #register()} treats every operation as acting on one register.
 */
public final class KvModel {

    private KvModel() {
    }

    /**
     * Returns the model of one linearizable register (keys are ignored).
     *
     * @return the model, state the register's value
     */
    public static Model<Long, KvOp, Long> register() {
        return Model.deterministic("register", 0L, KvModel::apply);
    }

    /**
     * Returns the model of a key-value store of independent linearizable registers, partitioned by key.
     *
     * @return the model, state one key's value
     */
    public static Model<Long, KvOp, Long> kv() {
        return Model.<Long, KvOp, Long>deterministic("kv", 0L, KvModel::apply).partitionedBy(KvOp::key);
    }

    private static ModelStep<Long, Long> apply(Long value, KvOp op) {
        if (op instanceof KvOp.Write write) {
            return ModelStep.to(write.value());
        }
        if (op instanceof KvOp.Cas cas && cas.expected() == value) {
            return ModelStep.to(cas.value());
        }
        return new ModelStep<>(value, value);
    }
}
