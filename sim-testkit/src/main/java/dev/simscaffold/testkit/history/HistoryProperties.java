package dev.simscaffold.testkit.history;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.check.Passed;
import dev.simscaffold.core.check.PropertyResult;
import dev.simscaffold.core.history.History;
import dev.simscaffold.core.history.Model;
import dev.simscaffold.testkit.property.ForAll;
import java.util.function.Function;

/**
 * Properties over history-producing simulations: each test case runs the simulation on a generated
 * scenario and checks the history it recorded. Nothing here shrinks histories directly: the property
 * engine shrinks the scenario's choices (inputs and faults), and every shrunk candidate is re-run and
 * re-checked, so the report shows the smallest scenario that still produces a non-linearizable history,
 * and the checker's own minimal sub-history of it.
 *
 * <pre>{@code
 * HistoryProperties.checkLinearizable(Properties.forAll(scenarios).tries(1_000), KvModel.kv(),
 *         scenario -> runCluster(scenario));     // returns the recorded History
 * }</pre>
 *
 * <p>Every failure is a {@link HistoryViolationError} thrown from the same place, so shrinking keeps
 * "the history is not linearizable" as the failure (see Failure identity in the README); an exception in
 * the simulation itself is a different failure.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class HistoryProperties {

    private HistoryProperties() {
    }

    /**
     * Checks that every scenario's history is linearizable, throwing the shrunk failure as
     * {@link ForAll#check} does.
     *
     * @param <T> the scenario type
     * @param <S> the model's state type
     * @param <I> the input type
     * @param <O> the output type
     * @param property the configured property over scenarios
     * @param model the sequential specification
     * @param simulation runs a scenario and returns its history
     * @return the passing result
     */
    public static <T, S, I, O> Passed<T> checkLinearizable(ForAll<T> property, Model<S, I, O> model,
            Function<? super T, History<I, O>> simulation) {
        return property.check(scenario -> HistoryAssert.assertThat(simulation.apply(scenario)).isLinearizable(model));
    }

    /**
     * Like {@link #checkLinearizable}, but returns the result instead of throwing, for tests that expect a
     * failure.
     *
     * @param <T> the scenario type
     * @param <S> the model's state type
     * @param <I> the input type
     * @param <O> the output type
     * @param property the configured property over scenarios
     * @param model the sequential specification
     * @param simulation runs a scenario and returns its history
     * @return passed or falsified; a falsified result's failure is a {@link HistoryViolationError}
     */
    public static <T, S, I, O> PropertyResult<T> runLinearizable(ForAll<T> property, Model<S, I, O> model,
            Function<? super T, History<I, O>> simulation) {
        return property.run(scenario -> HistoryAssert.assertThat(simulation.apply(scenario)).isLinearizable(model));
    }
}
