package dev.simscaffold.testkit.modelcheck;

import java.util.List;

/**
 * A state's key in the search's tables: the state's whole value (its model state and spent budgets) with its
 * hash computed once, because a key is looked up several times (the seen states, the liveness graph, the sleep
 * sets) and hashing a network's nested state is a walk over all of it.
 *
 * <p>Two keys are equal only when their values are equal: the hash only spreads keys over buckets and
 * short-cuts unequal ones, so two distinct states whose hashes collide stay two states. A model checker must
 * never merge distinct states; a key that kept only a hash would, once in a few billion pairs, silently.
 */
final class StateKey {

    private final Object state;
    private final Object used;
    private final int hash;

    /**
     * The key of the model state {@code state} with the budgets {@code used} spent: the two held apart, without a
     * list around them, hashed as that list would be.
     */
    StateKey(Object state, Object used) {
        this.state = state;
        this.used = used;
        this.hash = 31 * (31 + state.hashCode()) + used.hashCode();
    }

    /** The state's value, as the network and budgets gave it: the model state and the spent budgets. */
    Object value() {
        return List.of(state, used);
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof StateKey key && key.hash == hash && key.used.equals(used) && key.state.equals(state);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return value().toString();
    }
}
