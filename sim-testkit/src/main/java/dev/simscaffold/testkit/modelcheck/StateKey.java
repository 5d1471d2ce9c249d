package dev.simscaffold.testkit.modelcheck;

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

    private final Object value;
    private final int hash;

    StateKey(Object value) {
        this.value = value;
        this.hash = value.hashCode();
    }

    /** The state's value, as the network and budgets gave it. */
    Object value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof StateKey key && key.hash == hash && key.value.equals(value);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
