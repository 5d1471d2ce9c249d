package dev.simscaffold.core.history;

import dev.simscaffold.core.Api;
import java.util.List;
import java.util.Optional;

/**
 * Why a partition is not linearizable (or not sequentially consistent), as far as the explanation's own
 * budget allowed. Each part is optional: what was not computed is named in {@link #notComputed}, so a
 * reader knows what is missing and why instead of waiting for it or losing the verdict.
 *
 * @param <I> the input type
 * @param <O> the output type
 * @param first the operation whose completion first makes the history unsatisfiable: the prefix of events up
 *        to it is fine, the prefix that includes its completion is not
 * @param longestPrefix the history cut just before {@code first} completed (operations in flight there are
 *        indeterminate)
 * @param prefixOrder an order of the longest prefix's operations the model accepts (empty when not computed)
 * @param minimal a sub-history that violates the property on its own and keeps the cause of the violation
 *        (see {@link HistoryChecker}); when {@code minimalComplete} is false it was shrunk only as far as the
 *        budget allowed
 * @param minimalComplete whether no single operation can be deleted from {@code minimal} without losing the
 *        failure
 * @param causes sentences that say what is impossible in the minimal sub-history, such as the real-time
 *        order it violates
 * @param notComputed what the explanation left out, and why
 * @param steps the search steps the explanation took
 */
@Api(Api.Status.EXPERIMENTAL)
public record Explanation<I, O>(Optional<Operation<I, O>> first, Optional<History<I, O>> longestPrefix,
        List<Operation<I, O>> prefixOrder, Optional<History<I, O>> minimal, boolean minimalComplete, List<String> causes,
        List<String> notComputed, long steps) {

    /**
     * Copies the lists.
     *
     * @param first the first failing operation
     * @param longestPrefix the longest passing prefix
     * @param prefixOrder its accepted order, copied
     * @param minimal the minimal failing sub-history
     * @param minimalComplete whether shrinking finished
     * @param causes the sentences naming the cause, copied
     * @param notComputed what was left out, copied
     * @param steps the search steps taken
     */
    public Explanation {
        prefixOrder = List.copyOf(prefixOrder);
        causes = List.copyOf(causes);
        notComputed = List.copyOf(notComputed);
    }

    /**
     * Returns the explanation of a check that was asked for the verdict alone.
     *
     * @param <I> the input type
     * @param <O> the output type
     * @return an explanation with nothing computed, saying so
     */
    public static <I, O> Explanation<I, O> skipped() {
        return new Explanation<>(Optional.empty(), Optional.empty(), List.of(), Optional.empty(), false, List.of(),
                List.of("no explanation: the check was asked for the verdict only (HistoryChecker.verdictOnly)"), 0);
    }
}
