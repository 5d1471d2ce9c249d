package dev.simscaffold.core.nemesis;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import java.util.List;
import java.util.Objects;

/**
 * When a nemesis considers striking. A trigger is a value; the runner keeps what it needs to see a change
 * (the nodes that held a role at the last look, the events so far), so one nemesis serves many runs.
 */
@Api(Api.Status.EXPERIMENTAL)
public sealed interface Trigger {

    /**
     * Fires when one or more nodes take {@code role} that did not hold it at the previous event (a node that
     * restarts in it counts); those nodes are the ones {@link Target#fired()} names.
     *
     * @param <R> the role enum
     * @param role the role to watch
     * @return the trigger
     */
    static <R extends Enum<R>> Trigger onRole(R role) {
        return new OnRole<>(role);
    }

    /**
     * Fires after every {@code events} processed events.
     *
     * @param events how many, {@code >= 1}
     * @return the trigger
     * @throws IllegalArgumentException naming the value if it is below 1
     */
    static Trigger everyEvents(long events) {
        return new EveryEvents(events);
    }

    /**
     * Fires once, after the {@code events}-th processed event: a fault at a point deep into the run.
     *
     * @param events how many, {@code >= 1}
     * @return the trigger
     * @throws IllegalArgumentException naming the value if it is below 1
     */
    static Trigger afterEvents(long events) {
        return new AfterEvents(events);
    }

    /**
     * Fires once, the first time the network's {@code sometimes} expectation of that name holds: strike when
     * the run has reached a rare situation (a write acknowledged by a minority, a second candidate in a term),
     * not before. The expectation must be one the network was built with ({@code SimNetworkBuilder.expect}).
     *
     * @param name the expectation's name, not empty
     * @return the trigger
     * @throws IllegalArgumentException naming the value if it is empty
     */
    static Trigger onSometimes(String name) {
        return new OnSometimes(name);
    }

    /**
     * Fires after each event in which one or more nodes sent a message of {@code kind} (an instance of the
     * class: a vote granted, an acknowledgement); the senders, in the order they sent, are the ones
     * {@link Target#fired()} names. Seeing sends needs the network's send tap, which the runner puts on only
     * when a nemesis uses a kind.
     *
     * @param kind the class of the messages, not null
     * @return the trigger
     */
    static Trigger onSend(Class<?> kind) {
        return new OnSend(kind);
    }

    /**
     * Fires every {@code ticks} ticks of network time, first {@code ticks} after the runner starts, whether or
     * not an event happens then.
     *
     * @param ticks the period, {@code >= 1}
     * @return the trigger
     * @throws IllegalArgumentException naming the value if it is below 1
     */
    static Trigger everyTicks(long ticks) {
        return new EveryTicks(ticks);
    }

    /**
     * A node newly in a role.
     *
     * @param <R> the role enum
     * @param role the role
     */
    record OnRole<R extends Enum<R>>(R role) implements Trigger {
        /**
         * Validates the role.
         *
         * @param role the role
         */
        public OnRole {
            Objects.requireNonNull(role, "trigger role must not be null");
        }

        /** The live nodes in the role now. */
        List<NodeId> holders(NetworkView<?> view) {
            return view.withRole(role);
        }
    }

    /**
     * Every so many events.
     *
     * @param events the count, {@code >= 1}
     */
    record EveryEvents(long events) implements Trigger {
        /**
         * Validates the count.
         *
         * @param events the count
         */
        public EveryEvents {
            if (events < 1) {
                throw new IllegalArgumentException("trigger events must be >= 1, got " + events);
            }
        }
    }

    /**
     * Once, after so many events.
     *
     * @param events the count, {@code >= 1}
     */
    record AfterEvents(long events) implements Trigger {
        /**
         * Validates the count.
         *
         * @param events the count
         */
        public AfterEvents {
            if (events < 1) {
                throw new IllegalArgumentException("trigger events must be >= 1, got " + events);
            }
        }
    }

    /**
     * Once, when a {@code sometimes} expectation first holds.
     *
     * @param name the expectation's name
     */
    record OnSometimes(String name) implements Trigger {
        /**
         * Validates the name.
         *
         * @param name the name
         */
        public OnSometimes {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("trigger expectation name must not be empty, got " + (name == null ? "null" : "\"\""));
            }
        }
    }

    /**
     * A message of a kind sent.
     *
     * @param kind the class of the messages
     */
    record OnSend(Class<?> kind) implements Trigger {
        /**
         * Validates the kind.
         *
         * @param kind the class
         */
        public OnSend {
            Objects.requireNonNull(kind, "trigger message kind must not be null");
        }
    }

    /**
     * Every so many ticks.
     *
     * @param ticks the period, {@code >= 1}
     */
    record EveryTicks(long ticks) implements Trigger {
        /**
         * Validates the period.
         *
         * @param ticks the period
         */
        public EveryTicks {
            if (ticks < 1) {
                throw new IllegalArgumentException("trigger ticks must be >= 1, got " + ticks);
            }
        }
    }
}
