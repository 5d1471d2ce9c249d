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
 * @param origin the node whose step queued it: a message's sender, the node itself for its timer, disk
 *               completion or invoked action; {@link #NO_ORIGIN} for fault actions and a harness's next
 *               input. With {@code touches} it names the message chain (sender to receiver) that PCT
 *               gives one priority
 */
@Api(Api.Status.EXPERIMENTAL)
public record EnabledEvent(Kind kind, long earliest, long latest, long sequence, List<Integer> touches, int origin) {

    /** The origin of an event no node's step queued: a fault action, a harness's external input. */
    public static final int NO_ORIGIN = -1;

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
     * @param origin the node that queued it, or {@link #NO_ORIGIN}
     */
    public EnabledEvent {
        Require.present("kind", kind);
        Require.nonNegative("earliest", earliest);
        Require.ordered("earliest", earliest, "latest", latest);
        Require.nonNegative("sequence", sequence);
        touches = List.copyOf(Require.present("touches", touches));
        if (origin < NO_ORIGIN) {
            throw new IllegalArgumentException("origin must be a node index or " + NO_ORIGIN + ", got " + origin);
        }
    }

    /**
     * An event with no origin ({@link #NO_ORIGIN}), as events were before they had one.
     *
     * @param kind what it is, not null
     * @param earliest the first tick, {@code >= 0}
     * @param latest the last tick, {@code >= earliest}
     * @param sequence the queueing order, {@code >= 0}
     * @param touches the touched nodes, not null
     */
    public EnabledEvent(Kind kind, long earliest, long latest, long sequence, List<Integer> touches) {
        this(kind, earliest, latest, sequence, touches, NO_ORIGIN);
    }
}
