package dev.simscaffold.core.history;

import dev.simscaffold.core.Api;
import java.util.Objects;

/**
 * The choices a register model makes where histories in the wild differ, made explicit.
 *
 * @param initial the value every register holds before any write; {@code null} is Jepsen's {@code nil}
 *        (a read of nil then returns {@code null})
 * @param refusedCas what a failed compare-and-set means
 */
@Api(Api.Status.EXPERIMENTAL)
public record KvSemantics(Long initial, RefusedCas refusedCas) {

    /**
     * Validates.
     *
     * @param initial the start value, null for nil
     * @param refusedCas the meaning of a failed cas, not null
     */
    public KvSemantics {
        Objects.requireNonNull(refusedCas, "refusedCas");
    }

    /**
     * Returns the semantics of this library's own simulations: registers start at 0 and a failed
     * compare-and-set did not happen.
     *
     * @return the defaults
     */
    public static KvSemantics defaults() {
        return new KvSemantics(0L, RefusedCas.DID_NOT_HAPPEN);
    }

    /**
     * Returns the semantics of Jepsen's and Porcupine's etcd register tests: registers start at nil and a
     * failed compare-and-set is a refusal.
     *
     * @return the Jepsen semantics
     */
    public static KvSemantics jepsen() {
        return new KvSemantics(null, RefusedCas.RESULT);
    }
}
