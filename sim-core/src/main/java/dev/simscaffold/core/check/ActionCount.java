package dev.simscaffold.core.check;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.explore.FaultSpans;
import dev.simscaffold.core.internal.Require;
import java.util.List;

/**
 * How big a counterexample is, in the unit a person reading it counts: the client operations it issues
 * plus the actions injected into it (each partition, heal, crash, restart, power loss, pause, clock jump,
 * nemesis strike, buggify firing, and each message drop, duplicate or delay the run chose), not their
 * consequences (drops of messages to a node that is down, disk crashes implied by a power loss). It is
 * read off the run's spans, so a consequence, which the run did not choose and so never drew, never
 * counts:
 * <ul>
 *   <li>an <b>operation</b> is a span labelled {@code harness.step}, or any label starting with
 *       {@value #OPERATION_PREFIX} (a simulation marks its client requests with such spans); like a fault,
 *       an operation span opens with its decision ("one more operation?"), and one whose decision said no
 *       (its first draw the simplest value) is no operation and is not kept;</li>
 *   <li>a <b>fault</b> is an outermost span labelled {@code fault.*} ({@link FaultSpans}): a fault kept as
 *       a span only when its decision said yes, and one whose details (a nested span) count with it.</li>
 * </ul>
 * "Minimal" then means: removing any one of these units makes the case pass. Shrinking aims at fewer units
 * (fewer non-simplest choices first), and the corpus tests measure shrunk sizes against hand-minimal cases in it.
 *
 * @param operations the client operations
 * @param faults the injected actions
 */
@Api(Api.Status.EXPERIMENTAL)
public record ActionCount(int operations, int faults) {

    /** What the label of a span that is one client operation starts with, besides {@code harness.step}. */
    public static final String OPERATION_PREFIX = "op.";

    private static final String HARNESS_STEP = "harness.step";

    /**
     * Validates the components; the message of any failure names the bad component and value.
     *
     * @param operations the client operations, {@code >= 0}
     * @param faults the injected actions, {@code >= 0}
     */
    public ActionCount {
        Require.nonNegative("operations", operations);
        Require.nonNegative("faults", faults);
    }

    /**
     * Counts the operations and injected actions of a run's spans.
     *
     * @param spans the spans, in the order they opened (as {@link Counterexample#spans()} lists them)
     * @return the count
     */
    public static ActionCount of(List<Span> spans) {
        int operations = 0;
        int faults = 0;
        int faultEnd = -1;
        for (Span span : spans) {
            if (FaultSpans.isFault(span.label())) {
                if (span.start() >= faultEnd) {
                    faults++;
                    faultEnd = Math.max(faultEnd, span.end());
                }
            } else if (isOperation(span.label())) {
                operations++;
            }
        }
        return new ActionCount(operations, faults);
    }

    /**
     * Returns whether a span label names one client operation: {@code harness.step} or {@value #OPERATION_PREFIX}*.
     *
     * @param label a span label
     * @return true for an operation's label
     */
    static boolean isOperation(String label) {
        return label.equals(HARNESS_STEP) || label.startsWith(OPERATION_PREFIX);
    }

    /**
     * Returns operations and injected actions together: the size a shrunk case is measured by.
     *
     * @return the sum
     */
    public int total() {
        return operations + faults;
    }

    /** Renders {@code 3 operations + 1 fault = 4}. */
    @Override
    public String toString() {
        return operations + (operations == 1 ? " operation + " : " operations + ") + faults + (faults == 1 ? " fault = " : " faults = ") + total();
    }
}
