package dev.simscaffold.core.history;

import java.util.List;

/** One search over the operations of one partition, with a step budget: the WGL or the sequential search. */
@FunctionalInterface
interface PartitionSearch<I, O> {

    /**
     * Searches.
     *
     * @param ops the operations to order
     * @param maxSteps the step budget of this search
     * @return what the search found
     */
    SearchOutcome<I, O> run(List<Operation<I, O>> ops, long maxSteps);
}
