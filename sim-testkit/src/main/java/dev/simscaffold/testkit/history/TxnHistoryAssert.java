package dev.simscaffold.testkit.history;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.history.History;
import dev.simscaffold.core.history.ListAppendChecker;
import dev.simscaffold.core.history.ListAppendResult;
import dev.simscaffold.core.history.Txn;
import dev.simscaffold.core.history.TxnAnomalyType;
import dev.simscaffold.core.history.Verdict;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a list-append transaction history, checked with {@link ListAppendChecker}. A failure
 * message is the checker's report: each anomaly with its transactions and a sentence per step. A cycle
 * search that did not finish fails {@link #hasNoAnomalies()} too: an unfinished check is not a passing one.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class TxnHistoryAssert extends AbstractAssert<TxnHistoryAssert, History<Txn, Txn>> {
    private final ListAppendChecker checker;

    private TxnHistoryAssert(History<Txn, Txn> actual, ListAppendChecker checker) {
        super(actual, TxnHistoryAssert.class);
        this.checker = checker;
    }

    /**
     * Starts assertions on a transaction history, with the default checker.
     *
     * @param history the history
     * @return the assertion
     */
    public static TxnHistoryAssert assertThatTransactions(History<Txn, Txn> history) {
        return new TxnHistoryAssert(history, ListAppendChecker.create());
    }

    /**
     * Uses a configured checker (a cycle-search budget of its own).
     *
     * @param configured the checker
     * @return a new assertion on the same history
     */
    public TxnHistoryAssert checkedWith(ListAppendChecker configured) {
        return new TxnHistoryAssert(actual, configured);
    }

    /**
     * Checks that the history has no anomaly and that the check finished.
     *
     * @return this assertion
     */
    public TxnHistoryAssert hasNoAnomalies() {
        isNotNull();
        ListAppendResult result = checker.check(actual);
        if (result.verdict() != Verdict.OK) {
            failWithMessage("expected a history without transactional anomalies but: %s", result.describe());
        }
        return this;
    }

    /**
     * Checks that the history shows at least these anomaly types: for tests that show a planted bug is caught.
     *
     * @param types the types expected among those found
     * @return this assertion
     */
    public TxnHistoryAssert hasAnomalies(TxnAnomalyType... types) {
        isNotNull();
        ListAppendResult result = checker.check(actual);
        if (!result.types().containsAll(List.of(types))) {
            failWithMessage("expected anomalies %s but: %s", List.of(types), result.describe());
        }
        return this;
    }
}
