package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.SimNetwork;
import java.util.List;
import java.util.function.Consumer;

/**
 * One move from outside the network that the checker may make between two events, within its budget: a
 * client input from the alphabet, a crash, a power loss, a restart, a partition from the given set, or a heal.
 *
 * @param <M> the message type
 */
sealed interface Action<M> {

    /** What the move is called in a counterexample. */
    String label();

    /** Whether the move can be made now, with {@code used} spent of the budgets in {@code limits}. */
    boolean applicable(SimNetwork<M> network, Budgets used, Limits limits);

    /** Makes the move; returns the budgets spent after it. */
    Budgets apply(SimNetwork<M> network, Budgets used);

    /** A client input: an action on a live node, named by its label. */
    record Input<M>(String label, NodeId node, Consumer<? super SansIoNode<M>> action) implements Action<M> {
        @Override
        public boolean applicable(SimNetwork<M> network, Budgets used, Limits limits) {
            return used.inputs() < limits.inputs() && network.isUp(node);
        }

        @Override
        public Budgets apply(SimNetwork<M> network, Budgets used) {
            network.invoke(node, label, action);
            return used.input();
        }
    }

    /** A process crash of a live node. */
    record Crash<M>(NodeId node) implements Action<M> {
        @Override
        public String label() {
            return "crash " + node;
        }

        @Override
        public boolean applicable(SimNetwork<M> network, Budgets used, Limits limits) {
            return used.crashes() < limits.crashes() && network.isUp(node);
        }

        @Override
        public Budgets apply(SimNetwork<M> network, Budgets used) {
            network.crash(node);
            return used.crash();
        }
    }

    /**
     * A power loss of a live node with a disk: it goes down and its disk keeps only its fsynced image (the
     * storage fault rates are 0 under the checker). It spends the crash budget, as a crash does.
     */
    record PowerLoss<M>(NodeId node) implements Action<M> {
        @Override
        public String label() {
            return "power loss " + node;
        }

        @Override
        public boolean applicable(SimNetwork<M> network, Budgets used, Limits limits) {
            return used.crashes() < limits.crashes() && network.isUp(node);
        }

        @Override
        public Budgets apply(SimNetwork<M> network, Budgets used) {
            network.powerLoss(node);
            return used.crash();
        }
    }

    /** A restart of a crashed node; restarts are not budgeted, crashes are. */
    record Restart<M>(NodeId node) implements Action<M> {
        @Override
        public String label() {
            return "restart " + node;
        }

        @Override
        public boolean applicable(SimNetwork<M> network, Budgets used, Limits limits) {
            return !network.isUp(node);
        }

        @Override
        public Budgets apply(SimNetwork<M> network, Budgets used) {
            network.restart(node);
            return used;
        }
    }

    /** A partition between two sides, one at a time. */
    record Partition<M>(List<NodeId> sideA, List<NodeId> sideB) implements Action<M> {
        @Override
        public String label() {
            return "partition " + sideA + " | " + sideB;
        }

        @Override
        public boolean applicable(SimNetwork<M> network, Budgets used, Limits limits) {
            return !used.partitioned() && used.partitions() < limits.partitions();
        }

        @Override
        public Budgets apply(SimNetwork<M> network, Budgets used) {
            network.partition(sideA, sideB);
            return used.partition();
        }
    }

    /** Heals the partition in force. */
    record Heal<M>() implements Action<M> {
        @Override
        public String label() {
            return "heal";
        }

        @Override
        public boolean applicable(SimNetwork<M> network, Budgets used, Limits limits) {
            return used.partitioned();
        }

        @Override
        public Budgets apply(SimNetwork<M> network, Budgets used) {
            network.heal();
            return used.heal();
        }
    }
}
