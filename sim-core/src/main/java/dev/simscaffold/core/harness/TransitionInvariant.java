package dev.simscaffold.core.harness;

import dev.simscaffold.core.internal.Require;
import java.util.List;
import java.util.function.Function;

/**
 * A named property of every single step, such as "a request with a stale fencing epoch never changes the
 * table": it is given the state before, the input, the state after and the time, so it keeps no history of
 * its own and one instance serves a whole run, a property or an exhaustive search.
 *
 * @param <S> the state type
 * @param <I> the input type
 */
public interface TransitionInvariant<S, I> {

    /**
     * Returns the name a failure report leads with.
     *
     * @return the name
     */
    String name();

    /**
     * Judges one step.
     *
     * @param transition the step
     * @return one message per violation; empty when the step is fine
     */
    List<String> check(Transition<S, I> transition);

    /**
     * Builds a transition invariant from a name and a check function.
     *
     * @param <S> the state type
     * @param <I> the input type
     * @param name the name shown in failure reports
     * @param check returns the violation messages, empty when the step is fine
     * @return the invariant
     */
    static <S, I> TransitionInvariant<S, I> of(String name, Function<Transition<S, I>, List<String>> check) {
        Require.name("a transition invariant", name);
        return new TransitionInvariant<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<String> check(Transition<S, I> transition) {
                return check.apply(transition);
            }

            @Override
            public String toString() {
                return "TransitionInvariant[" + name + "]";
            }
        };
    }
}
