package dev.simscaffold.core.history;

import dev.simscaffold.core.Api;
import java.util.List;

/**
 * The step budget ran out before the check could decide: the history may be either. Every partition was
 * searched, none was found violated, and the ones named here used their whole budget. Raise the budget, or
 * record shorter or less concurrent histories.
 *
 * @param <I> the input type
 * @param <O> the output type
 * @param property what was checked
 * @param model the model's name
 * @param partitions the keys of the partitions whose searches ran out, in order of first appearance
 * @param steps search steps taken
 * @param maxSteps the budget of each partition's search
 */
@Api(Api.Status.EXPERIMENTAL)
public record Undecided<I, O>(String property, String model, List<Object> partitions, long steps, long maxSteps)
        implements CheckResult<I, O> {

    /**
     * Copies the list.
     *
     * @param property what was checked
     * @param model the model's name
     * @param partitions the partitions that ran out, copied
     * @param steps the search steps taken
     * @param maxSteps the budget of each search
     */
    public Undecided {
        partitions = List.copyOf(partitions);
    }

    @Override
    public Verdict verdict() {
        return Verdict.UNKNOWN;
    }

    @Override
    public String describe() {
        return "undecided whether the history is " + property + " against " + model + ": no partition is violated, but the search of "
                + (partitions.size() == 1 ? "partition " + partitions.get(0) : partitions.size() + " partitions " + partitions)
                + " used its budget of maxSteps=" + maxSteps + " (" + steps + " steps in all)";
    }
}
