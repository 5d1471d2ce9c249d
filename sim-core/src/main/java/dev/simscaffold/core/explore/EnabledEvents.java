package dev.simscaffold.core.explore;

import dev.simscaffold.core.Api;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The enabled events a {@link Chooser} picks among, in the default order, read one field at a time: a
 * simulator shows its pending events through this view without making an {@link EnabledEvent} per event and
 * decision, so a chooser pays only for what it reads (a random walk reads {@link #size()} alone). As a
 * {@link List} it makes each {@link EnabledEvent} on demand ({@link #get(int)}), for a model checker's labels
 * and for tests; copy it ({@code List.copyOf}) to keep it, since the simulator reuses the view for its next
 * decision.
 *
 * <p>An event touches one node or every node (an event that changes the links between nodes):
 * {@link #touchedNode(int)} says which, {@link #EVERY_NODE} for the latter.
 */
@Api(Api.Status.EXPERIMENTAL)
public abstract class EnabledEvents extends AbstractList<EnabledEvent> implements RandomAccess {

    /** What {@link #touchedNode(int)} returns for an event that touches every node. */
    public static final int EVERY_NODE = -1;

    /** For the simulators' views. */
    protected EnabledEvents() {
    }

    /**
     * A view over events already made, as a harness shows its two choices and as tests show theirs.
     *
     * @param events the enabled events in the default order, not empty, each touching one node or every node
     * @return the view
     * @throws IllegalArgumentException if {@code events} is null or empty
     */
    public static EnabledEvents of(List<EnabledEvent> events) {
        if (events == null || events.isEmpty()) {
            throw new IllegalArgumentException("a chooser needs at least one enabled event, got " + events);
        }
        return new Listed(List.copyOf(events));
    }

    /**
     * What the event at {@code index} is.
     *
     * @param index from 0 to {@code size() - 1}
     * @return its kind
     */
    public abstract EnabledEvent.Kind kind(int index);

    /**
     * The first tick the event at {@code index} may happen at ({@link EnabledEvent#earliest()}).
     *
     * @param index from 0 to {@code size() - 1}
     * @return the tick
     */
    public abstract long earliest(int index);

    /**
     * The last tick the event at {@code index} may happen at ({@link EnabledEvent#latest()}).
     *
     * @param index from 0 to {@code size() - 1}
     * @return the tick
     */
    public abstract long latest(int index);

    /**
     * The queueing order of the event at {@code index} ({@link EnabledEvent#sequence()}).
     *
     * @param index from 0 to {@code size() - 1}
     * @return the sequence number
     */
    public abstract long sequence(int index);

    /**
     * The node whose step queued the event at {@code index} ({@link EnabledEvent#origin()}).
     *
     * @param index from 0 to {@code size() - 1}
     * @return the node's index or {@link EnabledEvent#NO_ORIGIN}
     */
    public abstract int origin(int index);

    /**
     * The node the event at {@code index} touches, or {@link #EVERY_NODE}.
     *
     * @param index from 0 to {@code size() - 1}
     * @return the node's index or {@link #EVERY_NODE}
     */
    public abstract int touchedNode(int index);

    /**
     * The nodes the event at {@code index} touches, ascending ({@link EnabledEvent#touches()}).
     *
     * @param index from 0 to {@code size() - 1}
     * @return the nodes
     */
    public abstract List<Integer> touches(int index);

    /** Makes the event at {@code index} as a record. */
    @Override
    public EnabledEvent get(int index) {
        Objects.checkIndex(index, size());
        return new EnabledEvent(kind(index), earliest(index), latest(index), sequence(index), touches(index), origin(index));
    }

    /**
     * The nodes {@code 0 .. nodeCount - 1}, what an event that touches every node touches.
     *
     * @param nodeCount how many nodes there are
     * @return the list
     */
    protected static List<Integer> everyNode(int nodeCount) {
        List<Integer> every = new ArrayList<>(nodeCount);
        for (int i = 0; i < nodeCount; i++) {
            every.add(i);
        }
        return every;
    }

    /** A view over a list of events. */
    private static final class Listed extends EnabledEvents {
        private final List<EnabledEvent> events;

        Listed(List<EnabledEvent> events) {
            this.events = events;
        }

        @Override
        public int size() {
            return events.size();
        }

        @Override
        public EnabledEvent get(int index) {
            return events.get(index);
        }

        @Override
        public EnabledEvent.Kind kind(int index) {
            return events.get(index).kind();
        }

        @Override
        public long earliest(int index) {
            return events.get(index).earliest();
        }

        @Override
        public long latest(int index) {
            return events.get(index).latest();
        }

        @Override
        public long sequence(int index) {
            return events.get(index).sequence();
        }

        @Override
        public int origin(int index) {
            return events.get(index).origin();
        }

        @Override
        public int touchedNode(int index) {
            List<Integer> touches = events.get(index).touches();
            return touches.size() == 1 ? touches.get(0) : EVERY_NODE;
        }

        @Override
        public List<Integer> touches(int index) {
            return events.get(index).touches();
        }
    }
}
