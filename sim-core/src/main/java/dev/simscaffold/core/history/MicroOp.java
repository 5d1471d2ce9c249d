package dev.simscaffold.core.history;

import dev.simscaffold.core.Api;
import java.util.List;
import java.util.Objects;

/**
 * One step of a list-append transaction ({@link Txn}), Elle's "micro-operation": append a unique value to
 * a key's list, or read the whole list.
 */
@Api(Api.Status.EXPERIMENTAL)
public sealed interface MicroOp {

    /**
     * Returns the key the step acts on.
     *
     * @return the key
     */
    String key();

    /**
     * Appends a value to a key's list. Values appended to one key must be unique across the history, which is
     * what lets a read name the transaction that wrote each element.
     *
     * @param key the key
     * @param value the value
     */
    record Append(String key, long value) implements MicroOp {
        /**
         * Validates.
         *
         * @param key the key
         * @param value the value
         */
        public Append {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public String toString() {
            return "append " + key + " " + value;
        }
    }

    /**
     * Reads a key's list.
     *
     * @param key the key
     * @param values the list read, empty for a key never appended to; {@code null} when not known (an
     *        invocation, or a transaction that never returned)
     */
    record Read(String key, List<Long> values) implements MicroOp {
        /**
         * Validates and copies.
         *
         * @param key the key
         * @param values the list read, null when unknown
         */
        public Read {
            Objects.requireNonNull(key, "key");
            values = values == null ? null : List.copyOf(values);
        }

        @Override
        public String toString() {
            return "read " + key + " " + (values == null ? "?" : values);
        }
    }
}
