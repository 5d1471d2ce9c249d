package dev.simscaffold.core.explore.guided;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.check.ChoiceSequence;
import dev.simscaffold.core.check.ChoiceSource;
import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.random.SimRandom;
import java.util.Optional;

/**
 * The first failing try of a guided search. Its choice sequence replays it exactly ({@link #replay()}), through the
 * property engine's own source, so {@code PropertyRunner.recheck} with {@code choices().encoded()} and this seed
 * replays and shrinks it as any property failure.
 *
 * @param tryNumber which try failed, from 1
 * @param seed the seed the try's stream reported (its fresh draws derive from it)
 * @param choices every draw of the try
 * @param mutation how the try was derived from a kept one; empty for a fresh try
 * @param failure what failed
 */
@Api(Api.Status.EXPERIMENTAL)
public record GuidedFailure(int tryNumber, long seed, ChoiceSequence choices, Optional<Mutation> mutation, String failure) {

    /**
     * Validates the components.
     *
     * @param tryNumber the {@code tryNumber} component, {@code >= 1}
     * @param seed the {@code seed} component
     * @param choices the {@code choices} component
     * @param mutation the {@code mutation} component
     * @param failure the {@code failure} component
     */
    public GuidedFailure {
        Require.atLeastOne("tryNumber", tryNumber);
        Require.present("choices", choices);
        Require.present("mutation", mutation);
        Require.present("failure", failure);
    }

    /**
     * A stream that replays the failing try's draws exactly, for running the try again.
     *
     * @return a fresh replaying stream
     */
    public SimRandom replay() {
        return new SimRandom(ChoiceSource.replaying(choices, seed, Integer.MAX_VALUE));
    }
}
