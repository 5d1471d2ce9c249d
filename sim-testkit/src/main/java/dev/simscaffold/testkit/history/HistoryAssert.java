package dev.simscaffold.testkit.history;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.history.CheckResult;
import dev.simscaffold.core.history.History;
import dev.simscaffold.core.history.HistoryChecker;
import dev.simscaffold.core.history.Model;
import dev.simscaffold.core.history.Verdict;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link History}. A failure is a {@link HistoryViolationError} that explains
 * itself: the first operation that cannot be placed, the longest prefix that can, and a minimal failing
 * sub-history with its timeline. A check that runs out of its step budget fails too, saying so: an
 * undecided history is not a passing one.
 *
 * @param <I> the input type
 * @param <O> the output type
 */
@Api(Api.Status.EXPERIMENTAL)
public final class HistoryAssert<I, O> extends AbstractAssert<HistoryAssert<I, O>, History<I, O>> {

    /**
     * Starts assertions on a history.
     *
     * @param actual the history
     */
    public HistoryAssert(History<I, O> actual) {
        super(actual, HistoryAssert.class);
    }

    /**
     * Starts assertions on a history.
     *
     * @param <I> the input type
     * @param <O> the output type
     * @param history the history
     * @return the assertion
     */
    public static <I, O> HistoryAssert<I, O> assertThat(History<I, O> history) {
        return new HistoryAssert<>(history);
    }

    /**
     * Checks that the history is linearizable against a model, with the default step budget.
     *
     * @param <S> the model's state type
     * @param model the sequential specification
     * @return this assertion
     */
    public <S> HistoryAssert<I, O> isLinearizable(Model<S, I, O> model) {
        return isLinearizable(HistoryChecker.of(model));
    }

    /**
     * Checks that the history is linearizable with a configured checker (a step budget of its own).
     *
     * @param <S> the model's state type
     * @param checker the checker
     * @return this assertion
     */
    public <S> HistoryAssert<I, O> isLinearizable(HistoryChecker<S, I, O> checker) {
        isNotNull();
        return passes(checker.linearizable(actual));
    }

    /**
     * Checks that the history is sequentially consistent against a model.
     *
     * @param <S> the model's state type
     * @param model the sequential specification
     * @return this assertion
     */
    public <S> HistoryAssert<I, O> isSequentiallyConsistent(Model<S, I, O> model) {
        isNotNull();
        return passes(HistoryChecker.of(model).sequentiallyConsistent(actual));
    }

    /**
     * Checks that the history is <em>not</em> linearizable: for tests that show a planted bug is caught.
     *
     * @param <S> the model's state type
     * @param model the sequential specification
     * @return this assertion
     */
    public <S> HistoryAssert<I, O> isNotLinearizable(Model<S, I, O> model) {
        isNotNull();
        CheckResult<I, O> result = HistoryChecker.of(model).linearizable(actual);
        if (result.verdict() != Verdict.VIOLATED) {
            failWithMessage("expected a non-linearizable history but: %s%n%s", result.describe(), actual.toText());
        }
        return this;
    }

    private HistoryAssert<I, O> passes(CheckResult<I, O> result) {
        if (result.verdict() != Verdict.OK) {
            throw new HistoryViolationError(result);
        }
        return this;
    }
}
