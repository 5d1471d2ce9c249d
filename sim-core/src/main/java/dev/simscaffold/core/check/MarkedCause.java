package dev.simscaffold.core.check;

import dev.simscaffold.core.Api;
import java.util.OptionalInt;

/**
 * A failure judged after its run that can say when its cause was complete, such as a history that is not
 * linearizable: nothing after the completion of its first impossible operation is needed to fail the same way.
 * The run marks the moments a failure may name with spans of one label that draw nothing (a
 * {@code HistoryRecorder} marks each invocation and completion with {@code history.event}), and the failure
 * names one of them by its ordinal. The shrinker then tries the run cut at that mark, everything drawn after it
 * gone or declined, in a candidate or two instead of probing for the cut.
 */
@Api(Api.Status.EXPERIMENTAL)
public interface MarkedCause {

    /**
     * Returns the label of the spans that mark the moments of the run.
     *
     * @return the label, such as {@code "history.event"}
     */
    String markLabel();

    /**
     * Returns which mark, counted from 0 in the order the run made them, is the moment the cause was complete.
     *
     * @return the ordinal, or empty when the failure cannot say (a check that gave its verdict only)
     */
    OptionalInt causeMark();
}
