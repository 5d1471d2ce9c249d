package dev.simscaffold.core.history;

/**
 * The step budget ran out before the check could decide: the history may be either. Raise the budget, or
 * record shorter or less concurrent histories.
 *
 * @param <I> the input type
 * @param <O> the output type
 * @param property what was checked
 * @param model the model's name
 * @param partition the key of the partition whose search ran out
 * @param steps search steps taken
 * @param maxSteps the budget of each search
 */
public record Undecided<I, O>(String property, String model, Object partition, long steps, long maxSteps)
        implements CheckResult<I, O> {

    @Override
    public Verdict verdict() {
        return Verdict.UNKNOWN;
    }

    @Override
    public String describe() {
        return "undecided whether the history is " + property + " against " + model + ": the search of partition "
                + partition + " used its budget of maxSteps=" + maxSteps + " (" + steps + " steps in all)";
    }
}
