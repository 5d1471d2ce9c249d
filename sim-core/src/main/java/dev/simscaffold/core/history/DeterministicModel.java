package dev.simscaffold.core.history;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/** A {@link Model} over a deterministic sequential implementation (see {@link Model#deterministic}). */
final class DeterministicModel<S, I, O> implements Model<S, I, O> {
    private final String name;
    private final S initial;
    private final BiFunction<? super S, ? super I, ModelStep<S, O>> apply;

    DeterministicModel(String name, S initial, BiFunction<? super S, ? super I, ModelStep<S, O>> apply) {
        this.name = Objects.requireNonNull(name, "name");
        this.initial = Objects.requireNonNull(initial, "initial");
        this.apply = Objects.requireNonNull(apply, "apply");
    }

    @Override
    public S initialState() {
        return initial;
    }

    @Override
    public Optional<S> step(S state, I input, O output) {
        ModelStep<S, O> step = apply.apply(state, input);
        return Objects.equals(step.output(), output) ? Optional.of(step.state()) : Optional.empty();
    }

    @Override
    public List<S> stepIndeterminate(S state, I input) {
        return List.of(apply.apply(state, input).state());
    }

    @Override
    public String name() {
        return name;
    }
}
