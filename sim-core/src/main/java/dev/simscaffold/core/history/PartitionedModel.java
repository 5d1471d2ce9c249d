package dev.simscaffold.core.history;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** A {@link Model} whose operations are partitioned by a key of their input (see {@link Model#partitionedBy}). */
final class PartitionedModel<S, I, O> implements Model<S, I, O> {
    private final Model<S, I, O> model;
    private final Function<? super I, ?> key;

    PartitionedModel(Model<S, I, O> model, Function<? super I, ?> key) {
        this.model = Objects.requireNonNull(model, "model");
        this.key = Objects.requireNonNull(key, "key");
    }

    @Override
    public S initialState() {
        return model.initialState();
    }

    @Override
    public Optional<S> step(S state, I input, O output) {
        return model.step(state, input, output);
    }

    @Override
    public List<S> stepIndeterminate(S state, I input) {
        return model.stepIndeterminate(state, input);
    }

    @Override
    public boolean failureIsResult(I input) {
        return model.failureIsResult(input);
    }

    @Override
    public Optional<S> stepFailed(S state, I input) {
        return model.stepFailed(state, input);
    }

    @Override
    public boolean isReadOnly(I input) {
        return model.isReadOnly(input);
    }

    @Override
    public Object partitionKey(I input) {
        return key.apply(input);
    }

    @Override
    public String name() {
        return model.name();
    }
}
