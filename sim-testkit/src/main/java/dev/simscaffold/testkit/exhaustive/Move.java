package dev.simscaffold.testkit.exhaustive;

import dev.simscaffold.core.Api;
import dev.simscaffold.testkit.scenario.Action;

/**
 * One edge of an exhaustive search: an action from the alphabet, or the fate of a routed effect in flight.
 * A counterexample is a list of moves, so it shows both what the test did and in which order messages
 * between instances arrived, were lost or were duplicated.
 *
 * @param <I> the input type
 */
@Api(Api.Status.EXPERIMENTAL)
public sealed interface Move<I> permits Move.Act, Move.Deliver, Move.Drop, Move.Duplicate {

    /**
     * An action from the alphabet: an external input or a passage of time.
     *
     * @param <I> the input type
     * @param action the action
     */
    record Act<I>(Action<I> action) implements Move<I> {
        @Override
        public String toString() {
            return action.toString();
        }
    }

    /**
     * A routed effect reaches its receiver and is applied as its input.
     *
     * @param <I> the input type
     * @param from the sending instance
     * @param to the receiving instance
     * @param input what the receiver is given
     */
    record Deliver<I>(int from, int to, I input) implements Move<I> {
        @Override
        public String toString() {
            return "deliver(" + from + " -> " + to + ", " + input + ")";
        }
    }

    /**
     * A routed effect is lost (explored only when the effect faults drop).
     *
     * @param <I> the input type
     * @param from the sending instance
     * @param to the instance that never receives it
     * @param input what was lost
     */
    record Drop<I>(int from, int to, I input) implements Move<I> {
        @Override
        public String toString() {
            return "drop(" + from + " -> " + to + ", " + input + ")";
        }
    }

    /**
     * A routed effect is delivered and a copy stays in flight (explored only when the effect faults
     * duplicate).
     *
     * @param <I> the input type
     * @param from the sending instance
     * @param to the receiving instance
     * @param input what the receiver is given, and given again later
     */
    record Duplicate<I>(int from, int to, I input) implements Move<I> {
        @Override
        public String toString() {
            return "duplicate(" + from + " -> " + to + ", " + input + ")";
        }
    }
}
