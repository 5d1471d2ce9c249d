package dev.simscaffold.core.harness;

import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.time.LogicalTime;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A named property that must hold across all instances after every step, such as "at most one live
 * holder per shard". The name is what a failure report leads with, so make it a sentence a reader
 * understands without the code.
 *
 * <p>A property of a single step ("epochs only grow", "a stale request never changes the table") is a
 * {@link TransitionInvariant}, which sees the state before and after and so keeps no history of its own.
 *
 * @param <S> the state type
 */
public interface Invariant<S> {

    /**
     * Returns the invariant's name, as shown in failure reports.
     *
     * @return the name
     */
    String name();

    /**
     * Checks the invariant.
     *
     * @param states every instance's current state, indexed by instance
     * @param now the current simulated time
     * @return one message per violation found; empty when the invariant holds
     */
    List<String> check(List<S> states, LogicalTime now);

    /**
     * Builds an invariant from a name and a check function.
     *
     * @param <S> the state type
     * @param name the name shown in failure reports
     * @param check returns the violation messages, empty when the invariant holds
     * @return the invariant
     */
    static <S> Invariant<S> of(String name, BiFunction<List<S>, LogicalTime, List<String>> check) {
        Require.name("an invariant", name);
        return new Invariant<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<String> check(List<S> states, LogicalTime now) {
                return check.apply(states, now);
            }

            @Override
            public String toString() {
                return "Invariant[" + name + "]";
            }
        };
    }
}
