package dev.simscaffold.core.history;

import dev.simscaffold.core.Api;

/**
 * An operation on a key-value store of registers, the workload of Jepsen's and Porcupine's register tests.
 * Its output is a {@code Long}: the value a read saw ({@code null} for a register that is still nil),
 * {@code null} for writes and for a compare-and-set that applied; a compare-and-set that did not apply is
 * recorded as a failure, as Jepsen's clients do, or as ok with the value it found. Whether such a failure
 * constrains the history is the model's choice ({@link KvSemantics}, {@link RefusedCas}).
 */
@Api(Api.Status.EXPERIMENTAL)
public sealed interface KvOp {

    /**
     * Returns the key the operation acts on.
     *
     * @return the key
     */
    String key();

    /**
     * Reads a key.
     *
     * @param key the key
     */
    record Read(String key) implements KvOp {
        @Override
        public String toString() {
            return "read " + key;
        }
    }

    /**
     * Writes a value to a key.
     *
     * @param key the key
     * @param value the value
     */
    record Write(String key, long value) implements KvOp {
        @Override
        public String toString() {
            return "write " + key + "=" + value;
        }
    }

    /**
     * Sets a key to a value if it holds an expected one.
     *
     * @param key the key
     * @param expected the value it must hold
     * @param value the value to set
     */
    record Cas(String key, long expected, long value) implements KvOp {
        @Override
        public String toString() {
            return "cas " + key + " " + expected + "->" + value;
        }
    }

    /**
     * Makes a read.
     *
     * @param key the key
     * @return the operation
     */
    static KvOp read(String key) {
        return new Read(key);
    }

    /**
     * Makes a write.
     *
     * @param key the key
     * @param value the value
     * @return the operation
     */
    static KvOp write(String key, long value) {
        return new Write(key, value);
    }

    /**
     * Makes a compare-and-set.
     *
     * @param key the key
     * @param expected the value it must hold
     * @param value the value to set
     * @return the operation
     */
    static KvOp cas(String key, long expected, long value) {
        return new Cas(key, expected, value);
    }
}
