package dev.simscaffold.core.history;

import java.util.List;
import java.util.Optional;

/** Porcupine's key-value model (see {@link KvModel#strings()}): one string per key, partitioned by key. */
final class StringKvModel implements Model<String, StringKvOp, String> {

    @Override
    public String initialState() {
        return "";
    }

    @Override
    public Optional<String> step(String state, StringKvOp input, String output) {
        if (input instanceof StringKvOp.Get) {
            return state.equals(output) ? Optional.of(state) : Optional.empty();
        }
        return output == null ? Optional.of(apply(state, input)) : Optional.empty();
    }

    @Override
    public List<String> stepIndeterminate(String state, StringKvOp input) {
        return input instanceof StringKvOp.Get ? List.of() : List.of(apply(state, input));
    }

    @Override
    public boolean isReadOnly(StringKvOp input) {
        return input instanceof StringKvOp.Get;
    }

    @Override
    public Object partitionKey(StringKvOp input) {
        return input.key();
    }

    @Override
    public String name() {
        return "string-kv";
    }

    private static String apply(String state, StringKvOp input) {
        if (input instanceof StringKvOp.Put put) {
            return put.value();
        }
        return state + ((StringKvOp.Append) input).value();
    }
}
