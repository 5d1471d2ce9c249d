package dev.simscaffold.core.history;

import java.util.Arrays;
import java.util.Objects;

/**
 * A point a consistency search reached, for its memo: which operations are done, as bits or positions,
 * and the model state. Reaching a configuration a second time cannot lead anywhere new, which is what
 * makes the searches fast. The array is a private copy.
 *
 * @param done the operations linearized (a bit set) or each client's position
 * @param state the model state
 */
record Configuration(long[] done, Object state) {

    @Override
    public boolean equals(Object other) {
        return other instanceof Configuration that && Arrays.equals(done, that.done) && Objects.equals(state, that.state);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(done) + Objects.hashCode(state);
    }

    @Override
    public String toString() {
        return "Configuration[" + Arrays.toString(done) + ", " + state + "]";
    }
}
