package dev.simscaffold.core.explore;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.internal.Require;
import java.util.List;

/**
 * One event a {@link Chooser} may pick next: a pending delivery, timer or fault action of a network, or a
 * routed message or the next external input of a harness.
 *
 * <p>Its window says when it may happen: not before {@code earliest} (the time it was queued for) and not
 * after {@code latest}. An event is enabled when its earliest time is at most the smallest latest time
 * among the pending events (less one tick for an event queued before it, which must then move to a later
 * tick so that the run stays one a plain run could have made); so whichever enabled event is chosen,
 * every other event can still happen inside its own window.
 *
 * @param kind what it is
 * @param earliest the first tick it may happen at
 * @param latest the last tick it may happen at, {@code >= earliest}
 * @param sequence the order it was queued in, unique among the pending events of one run; the default
 *                 order breaks ties of {@code earliest} by it
 * @param touches the indices of the nodes (or harness instances) whose state the event may read or change,
 *                ascending; an event that changes the links between nodes lists every node. Two events that
 *                touch no node in common commute, which partial-order reduction relies on
 */
@Api(Api.Status.EXPERIMENTAL)
public record EnabledEvent(Kind kind, long earliest, long latest, long sequence, List<Integer> touches) {

    /** The kinds of event, across both simulators. */
    public enum Kind {
        /** A network message reaches its destination (or a message that waited at a paused node is handled). */
        DELIVER,
        /** A node's deadline passes. */
        TIMER,
        /** A node's disk completes the operations due. */
        DISK,
        /** An action invoked on a paused node runs after it resumed. */
        INVOKE,
        /** A fault action: a scheduled fault, a random restart, heal or resume. */
        FAULT,
        /** A harness delivers the oldest ready routed effect to its instance. */
        ROUTED,
        /** A harness applies the next external input, which the test is about to give. */
        INPUT
    }

    /**
     * Validates the components; the message of any failure names the bad component and value.
     *
     * @param kind what it is, not null
     * @param earliest the first tick, {@code >= 0}
     * @param latest the last tick, {@code >= earliest}
     * @param sequence the queueing order, {@code >= 0}
     * @param touches the touched nodes, not null
     */
    public EnabledEvent {
        Require.present("kind", kind);
        Require.nonNegative("earliest", earliest);
        Require.ordered("earliest", earliest, "latest", latest);
        Require.nonNegative("sequence", sequence);
        touches = List.copyOf(Require.present("touches", touches));
    }
}
