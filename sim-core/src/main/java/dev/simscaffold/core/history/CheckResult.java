package dev.simscaffold.core.history;

import dev.simscaffold.core.Api;

/**
 * What a consistency check of a {@link History} concluded: {@link Consistent}, {@link Inconsistent} with the
 * evidence, or {@link Undecided} when the step budget ran out.
 *
 * @param <I> the input type
 * @param <O> the output type
 */
@Api(Api.Status.EXPERIMENTAL)
public sealed interface CheckResult<I, O> permits Consistent, Inconsistent, Undecided {

    /**
     * Returns the verdict.
     *
     * @return what the check concluded
     */
    Verdict verdict();

    /**
     * Returns the search steps the check took, a deterministic measure of its work.
     *
     * @return the steps, failure analysis included
     */
    long steps();

    /**
     * Renders the result for a report.
     *
     * @return the text
     */
    String describe();
}
