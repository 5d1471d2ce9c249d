package dev.simscaffold.core.net;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One timed entry of a {@link FaultSchedule}: a partition, a heal, a crash, a restart, a pause or a power
 * loss. Each
 * is a value, so a schedule prints, compares and shrinks like any other test input.
 */
public sealed interface FaultEvent {

    /**
     * Returns the network time at which the fault applies.
     *
     * @return ticks since the start, {@code >= 0}
     */
    long at();

    /**
     * Cuts the links from every node of {@code from} to every node of {@code to}, and back unless
     * {@code oneWay}. Partitions add up: a link stays cut until a {@link Heal}.
     *
     * @param at when, in ticks
     * @param from one side, not empty, sorted and free of duplicates
     * @param to the other side, not empty, disjoint from {@code from}
     * @param oneWay whether only messages from {@code from} to {@code to} are blocked
     */
    record Partition(long at, List<NodeId> from, List<NodeId> to, boolean oneWay) implements FaultEvent {

        /**
         * Validates the components; the message of any failure names the bad component and value.
         *
         * @param at the {@code at} component
         * @param from the {@code from} component
         * @param to the {@code to} component
         * @param oneWay the {@code oneWay} component
         */
        public Partition {
            checkTime("Partition", at);
            from = side("from", from);
            to = side("to", to);
            for (NodeId node : from) {
                if (to.contains(node)) {
                    throw new IllegalArgumentException("partition sides overlap: " + node + " is in both " + from + " and " + to);
                }
            }
        }

        private static List<NodeId> side(String name, List<NodeId> side) {
            Objects.requireNonNull(side, "partition side " + name + " must not be null");
            if (side.isEmpty()) {
                throw new IllegalArgumentException("partition side " + name + " must not be empty");
            }
            return List.copyOf(new TreeSet<>(side));
        }

        @Override
        public String toString() {
            return "t=" + at + " partition " + from + (oneWay ? " -> " : " <-> ") + to;
        }
    }

    /**
     * Heals every partition, whoever started it.
     *
     * @param at when, in ticks
     */
    record Heal(long at) implements FaultEvent {

        /**
         * Validates the components; the message of any failure names the bad component and value.
         *
         * @param at the {@code at} component
         */
        public Heal {
            checkTime("Heal", at);
        }

        @Override
        public String toString() {
            return "t=" + at + " heal";
        }
    }

    /**
     * Crashes a node: its volatile state, pending timers and inbound messages are lost.
     *
     * @param at when, in ticks
     * @param node the node, which must be up
     */
    record Crash(long at, NodeId node) implements FaultEvent {

        /**
         * Validates the components; the message of any failure names the bad component and value.
         *
         * @param at the {@code at} component
         * @param node the {@code node} component
         */
        public Crash {
            checkTime("Crash", at);
            Objects.requireNonNull(node, "Crash.node must not be null");
        }

        @Override
        public String toString() {
            return "t=" + at + " crash " + node;
        }
    }

    /**
     * Re-creates a crashed node through its factory, from its durable state if it has one.
     *
     * @param at when, in ticks
     * @param node the node, which must be crashed
     */
    record Restart(long at, NodeId node) implements FaultEvent {

        /**
         * Validates the components; the message of any failure names the bad component and value.
         *
         * @param at the {@code at} component
         * @param node the {@code node} component
         */
        public Restart {
            checkTime("Restart", at);
            Objects.requireNonNull(node, "Restart.node must not be null");
        }

        @Override
        public String toString() {
            return "t=" + at + " restart " + node;
        }
    }

    /**
     * Stalls a node, like a long GC pause: it processes nothing for {@code ticks}, then handles what
     * queued up meanwhile.
     *
     * @param at when, in ticks
     * @param node the node, which must be up and not paused
     * @param ticks how long, {@code >= 1}
     */
    record Pause(long at, NodeId node, long ticks) implements FaultEvent {

        /**
         * Validates the components; the message of any failure names the bad component and value.
         *
         * @param at the {@code at} component
         * @param node the {@code node} component
         * @param ticks the {@code ticks} component
         */
        public Pause {
            checkTime("Pause", at);
            Objects.requireNonNull(node, "Pause.node must not be null");
            if (ticks < 1) {
                throw new IllegalArgumentException("Pause.ticks must be >= 1, got " + ticks);
            }
        }

        @Override
        public String toString() {
            return "t=" + at + " pause " + node + " for " + ticks;
        }
    }

    /**
     * The node's machine loses power. A live node goes down as in a {@link Crash}, but its disk keeps only
     * what {@link dev.simscaffold.core.storage.CrashKind#POWER_LOSS} keeps (fsynced data, plus what the
     * storage faults let survive or tear); a node already crashed stays down and its disk loses the page
     * cache its process crash had kept. A node without a disk just crashes. Restart it with a
     * {@link Restart}.
     *
     * @param at when, in ticks
     * @param node the node, up or crashed
     */
    record PowerLoss(long at, NodeId node) implements FaultEvent {

        /**
         * Validates the components; the message of any failure names the bad component and value.
         *
         * @param at the {@code at} component
         * @param node the {@code node} component
         */
        public PowerLoss {
            checkTime("PowerLoss", at);
            Objects.requireNonNull(node, "PowerLoss.node must not be null");
        }

        @Override
        public String toString() {
            return "t=" + at + " power loss " + node;
        }
    }

    private static void checkTime(String kind, long at) {
        if (at < 0) {
            throw new IllegalArgumentException(kind + ".at must be >= 0, got " + at);
        }
    }
}
