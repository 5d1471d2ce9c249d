package dev.simscaffold.core.harness;

import dev.simscaffold.core.Api;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of one transition: the new state and the effects to perform, as data. Effects are
 * returned rather than performed so that the harness can drop, duplicate or delay them.
 *
 * @param <S> the state type
 * @param <E> the effect type
 * @param state the new state, not null
 * @param effects the effects, in order; copied into an immutable list
 */
@Api(Api.Status.STABLE)
public record Step<S, E>(S state, List<E> effects) {

    /**
     * Validates the components; the message of any failure names the bad component and value.
     *
     * @param state the {@code state} component
     * @param effects the {@code effects} component
     */
    public Step {
        if (state == null) {
            throw new NullPointerException("state must not be null");
        }
        effects = List.copyOf(effects);
    }

    /**
     * A step with no effects.
     *
     * @param <S> the state type
     * @param <E> the effect type
     * @param state the new state
     * @return the step
     */
    public static <S, E> Step<S, E> of(S state) {
        return new Step<>(state, List.of());
    }

    /**
     * A step with a list of effects; preferred over the varargs form when the effects are already in a list.
     *
     * @param <S> the state type
     * @param <E> the effect type
     * @param state the new state
     * @param effects the effects, in order
     * @return the step
     */
    public static <S, E> Step<S, E> of(S state, List<E> effects) {
        return new Step<>(state, effects);
    }

    /**
     * A step with the given effects.
     *
     * @param <S> the state type
     * @param <E> the effect type
     * @param state the new state
     * @param effects the effects, in order
     * @return the step
     */
    @SafeVarargs
    public static <S, E> Step<S, E> of(S state, E... effects) {
        List<E> list = new ArrayList<>(effects.length);
        for (E effect : effects) {
            list.add(effect);
        }
        return new Step<>(state, list);
    }
}
