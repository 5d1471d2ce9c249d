package dev.simscaffold.testkit.history;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.history.CheckResult;
import dev.simscaffold.core.history.Inconsistent;
import dev.simscaffold.testkit.report.HistoryFailure;

/**
 * A history failed a consistency check, or the check could not decide. The message is the checker's
 * explanation (first operation, longest prefix, minimal sub-history) followed by the minimal sub-history as
 * a Mermaid timeline; {@link #result()} keeps the evidence for code.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class HistoryViolationError extends AssertionError implements HistoryFailure {
    private static final long serialVersionUID = 1L;

    /** The check's result; histories are plain data, but not serializable. */
    private final transient CheckResult<?, ?> result;

    /**
     * Makes the error.
     *
     * @param result the failing or undecided result
     */
    public HistoryViolationError(CheckResult<?, ?> result) {
        super(message(result));
        this.result = result;
    }

    /**
     * Returns the check's result.
     *
     * @return an {@code Inconsistent} or {@code Undecided}
     */
    @Override
    public CheckResult<?, ?> result() {
        return result;
    }

    private static String message(CheckResult<?, ?> result) {
        return result instanceof Inconsistent<?, ?> bad ? bad.describe() + bad.minimalTimeline() : result.describe();
    }
}
