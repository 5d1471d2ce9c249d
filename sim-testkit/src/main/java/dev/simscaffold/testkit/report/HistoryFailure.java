package dev.simscaffold.testkit.report;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.history.CheckResult;

/**
 * A failure that is a history check's verdict, such as {@code HistoryViolationError}: a report centres its
 * timeline on the first operation the check could not place, not on the end of the run, which for an
 * end-of-run check may be long after the stale read.
 */
@Api(Api.Status.EXPERIMENTAL)
public interface HistoryFailure {

    /**
     * Returns the check's result.
     *
     * @return an {@code Inconsistent} (whose first operation the report looks for) or an {@code Undecided}
     */
    CheckResult<?, ?> result();
}
