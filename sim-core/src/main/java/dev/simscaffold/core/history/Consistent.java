package dev.simscaffold.core.history;

import dev.simscaffold.core.Api;

/**
 * The history satisfies the property: every partition has an order the model accepts.
 *
 * @param <I> the input type
 * @param <O> the output type
 * @param property what was checked ({@code "linearizable"})
 * @param model the model's name
 * @param partitions how many partitions were searched
 * @param steps search steps taken
 */
@Api(Api.Status.EXPERIMENTAL)
public record Consistent<I, O>(String property, String model, int partitions, long steps) implements CheckResult<I, O> {

    @Override
    public Verdict verdict() {
        return Verdict.OK;
    }

    @Override
    public String describe() {
        return "history is " + property + " against " + model + " (" + partitions + " partitions, " + steps + " steps)";
    }
}
