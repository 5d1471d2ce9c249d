package dev.simscaffold.core.explore.guided;

import dev.simscaffold.core.Api;

/**
 * How a guided search derives a try from a kept one. Each edits the kept try's choice sequence and leaves the
 * draws it does not fix to fresh randomness with the run's own distributions, so every mutant is a run the
 * simulation could have made from some seed: a failure it finds is real, replays exactly and shrinks.
 */
@Api(Api.Status.EXPERIMENTAL)
public enum Mutation {
    /** The kept try's draws up to a random point, then fresh draws: the same beginning, another continuation. */
    TRUNCATE,
    /** The draws of one span (a fault action half the time, any unit of work otherwise) drawn afresh. */
    REPLACE_SPAN,
    /** One fault action that happened moved earlier or later on its stream, by 1 to 64 of that stream's draws. */
    SHIFT_FAULT,
    /** The kept try's draws up to a random point, then another kept try's draws from there on, stream by stream. */
    SPLICE
}
