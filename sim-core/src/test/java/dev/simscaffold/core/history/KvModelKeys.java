package dev.simscaffold.core.history;

import java.util.List;

/** Splits a {@link KvOp} history by key by hand, for comparing partitioned checks with whole ones. */
final class KvModelKeys {

    private KvModelKeys() {
    }

    static List<String> keys(History<KvOp, Long> history) {
        return history.operations().stream().map(op -> op.input().key()).distinct().sorted().toList();
    }

    static History<KvOp, Long> only(History<KvOp, Long> history, String key) {
        return History.of(history.operations().stream().filter(op -> op.input().key().equals(key)).toList());
    }
}
