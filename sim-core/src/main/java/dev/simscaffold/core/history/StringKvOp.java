package dev.simscaffold.core.history;

import dev.simscaffold.core.Api;
import java.util.Objects;

/**
 * An operation on Porcupine's key-value store of strings: get returns the key's string ({@code ""} before
 * any write), put replaces it and append concatenates to it; put and append return nothing. See
 * {@link KvModel#strings()}.
 */
@Api(Api.Status.EXPERIMENTAL)
public sealed interface StringKvOp {

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
    record Get(String key) implements StringKvOp {
        /**
         * Validates.
         *
         * @param key the key
         */
        public Get {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public String toString() {
            return "get " + key;
        }
    }

    /**
     * Replaces a key's string.
     *
     * @param key the key
     * @param value the new string
     */
    record Put(String key, String value) implements StringKvOp {
        /**
         * Validates.
         *
         * @param key the key
         * @param value the value
         */
        public Put {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return "put " + key + "=\"" + value + "\"";
        }
    }

    /**
     * Appends to a key's string.
     *
     * @param key the key
     * @param value the string appended
     */
    record Append(String key, String value) implements StringKvOp {
        /**
         * Validates.
         *
         * @param key the key
         * @param value the value
         */
        public Append {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return "append " + key + " \"" + value + "\"";
        }
    }
}
