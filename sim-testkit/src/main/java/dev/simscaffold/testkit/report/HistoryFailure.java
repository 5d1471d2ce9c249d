package dev.simscaffold.testkit.report;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.check.MarkedCause;
import dev.simscaffold.core.history.CheckResult;
import dev.simscaffold.core.history.HistoryRecorder;
import dev.simscaffold.core.history.Inconsistent;
import java.util.OptionalInt;

/**
 * A failure that is a history check's verdict, such as {@code HistoryViolationError}: a report centres its
 * timeline on the first operation the check could not place, not on the end of the run, which for an
 * end-of-run check may be long after the stale read. It is a {@link MarkedCause} too: the shrinker cuts the run
 * at the mark of that operation's completion.
 */
@Api(Api.Status.EXPERIMENTAL)
public interface HistoryFailure extends MarkedCause {

    /**
     * Returns the check's result.
     *
     * @return an {@code Inconsistent} (whose first operation the report looks for) or an {@code Undecided}
     */
    CheckResult<?, ?> result();

    @Override
    default String markLabel() {
        return HistoryRecorder.EVENT_MARK;
    }

    /** The event at which the first impossible operation completed; empty for an undecided or unexplained check. */
    @Override
    default OptionalInt causeMark() {
        return result() instanceof Inconsistent<?, ?> bad ? bad.firstImpossibleEvent() : OptionalInt.empty();
    }
}
