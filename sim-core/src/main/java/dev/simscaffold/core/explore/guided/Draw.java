package dev.simscaffold.core.explore.guided;

import dev.simscaffold.core.check.Choice;
import dev.simscaffold.core.check.ChoiceKind;
import dev.simscaffold.core.check.ForkPath;

/**
 * One draw of a try, with what a mutation needs beyond the {@link Choice} the replay keeps: the probability of a
 * boolean (so fresh draws keep the fault rates of the run) and where the draw stands, on its path and in the
 * try's global order.
 *
 * @param path the fork path it was drawn on
 * @param position its index on that path
 * @param global its index in the order of all the try's draws
 * @param kind the primitive that made it
 * @param bound the bound the choice records (2 for a boolean, 0 for raw bits)
 * @param probability the probability of a boolean draw, 0 otherwise
 * @param value the value drawn
 */
record Draw(ForkPath path, int position, int global, ChoiceKind kind, long bound, double probability, long value) {

    /** The choice a {@code ChoiceSource} replays this draw from. */
    Choice choice() {
        return new Choice(kind, bound, value);
    }
}
