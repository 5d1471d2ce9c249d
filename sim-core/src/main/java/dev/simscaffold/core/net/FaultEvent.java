package dev.simscaffold.core.net;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.internal.Require;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One timed entry of a {@link FaultSchedule}: a partition, a heal, or a {@link NodeEvent} that hits one
 * node (a crash, a restart, a pause or a power loss). Each is a value, so a schedule prints, compares and
 * shrinks like any other test input.
 */
@Api(Api.Status.STABLE)
public sealed interface FaultEvent {

    /**
     * Returns the network time at which the fault applies.
     *
     * @return ticks since the start, {@code >= 0}
     */
    long at();

    /**
     * A fault that hits one node: a {@link Crash}, {@link Restart}, {@link Pause} or {@link PowerLoss}. Each
     * case keeps its own record name and components, which is what the trace and its fingerprint encode.
     */
    sealed interface NodeEvent extends FaultEvent permits Crash, Restart, Pause, PowerLoss {

        /**
         * Returns the node the fault hits.
         *
         * @return the node
         */
        NodeId node();
    }

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
            return describe(at, "partition " + from + (oneWay ? " -> " : " <-> ") + to);
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
            return describe(at, "heal");
        }
    }

    /**
     * Crashes a node: its volatile state, pending timers and inbound messages are lost.
     *
     * @param at when, in ticks
     * @param node the node, which must be up
     */
    record Crash(long at, NodeId node) implements NodeEvent {

        /**
         * Validates the components; the message of any failure names the bad component and value.
         *
         * @param at the {@code at} component
         * @param node the {@code node} component
         */
        public Crash {
            checkNode("Crash", at, node);
        }

        @Override
        public String toString() {
            return describe(at, "crash " + node);
        }
    }

    /**
     * Re-creates a crashed node through its factory, from its durable state if it has one.
     *
     * @param at when, in ticks
     * @param node the node, which must be crashed
     */
    record Restart(long at, NodeId node) implements NodeEvent {

        /**
         * Validates the components; the message of any failure names the bad component and value.
         *
         * @param at the {@code at} component
         * @param node the {@code node} component
         */
        public Restart {
            checkNode("Restart", at, node);
        }

        @Override
        public String toString() {
            return describe(at, "restart " + node);
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
    record Pause(long at, NodeId node, long ticks) implements NodeEvent {

        /**
         * Validates the components; the message of any failure names the bad component and value.
         *
         * @param at the {@code at} component
         * @param node the {@code node} component
         * @param ticks the {@code ticks} component
         */
        public Pause {
            checkNode("Pause", at, node);
            Require.atLeastOne("Pause.ticks", ticks);
        }

        @Override
        public String toString() {
            return describe(at, "pause " + node + " for " + ticks);
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
    record PowerLoss(long at, NodeId node) implements NodeEvent {

        /**
         * Validates the components; the message of any failure names the bad component and value.
         *
         * @param at the {@code at} component
         * @param node the {@code node} component
         */
        public PowerLoss {
            checkNode("PowerLoss", at, node);
        }

        @Override
        public String toString() {
            return describe(at, "power loss " + node);
        }
    }

    private static void checkTime(String kind, long at) {
        Require.nonNegative(kind + ".at", at);
    }

    private static void checkNode(String kind, long at, NodeId node) {
        checkTime(kind, at);
        Require.present(kind + ".node", node);
    }

    /** How every event prints: its time, then what happens, such as {@code t=40 crash node-2}. */
    private static String describe(long at, String what) {
        return "t=" + at + " " + what;
    }
}
