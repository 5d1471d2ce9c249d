package dev.simscaffold.core.nemesis;

import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.core.random.SimRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * How each {@link Strike} is planned (its partition sides drawn) and how it acts on the network through its
 * public verbs, leaving what it must undo to the runner.
 */
final class Strikes {

    private Strikes() {
    }

    /**
     * Draws a strike's sides. Isolation cuts the node from every other node. A majority cut puts a majority of
     * the node's peers (the nodes that report roles) on one side and the node with the other peers on the
     * other; nodes that are no peers, such as clients, keep every link, so they reach both sides.
     */
    static Planned plan(Armed by, Strike strike, NodeId node, long ticks, List<NodeId> all, List<NodeId> peers, SimRandom random) {
        if (strike == Strike.ISOLATE || strike == Strike.MAJORITY_WITHOUT) {
            List<NodeId> universe = new ArrayList<>(strike == Strike.ISOLATE ? all : peers);
            if (!universe.contains(node)) {
                universe.add(node);
            }
            List<NodeId> others = new ArrayList<>(universe);
            others.remove(node);
            int majority = universe.size() / 2 + 1;
            if (strike == Strike.ISOLATE || others.size() < majority) {
                List<NodeId> everyoneElse = new ArrayList<>(all);
                everyoneElse.remove(node);
                return new Planned(by, strike, node, List.of(node), List.copyOf(everyoneElse), ticks);
            }
            List<NodeId> shuffled = random.shuffle(others);
            List<NodeId> side = new ArrayList<>();
            side.add(node);
            side.addAll(shuffled.subList(majority, shuffled.size()));
            return new Planned(by, strike, node, List.copyOf(side), List.copyOf(shuffled.subList(0, majority)), ticks);
        }
        return new Planned(by, strike, node, List.of(), List.of(), ticks);
    }

    /** Acts; returns false if the target is no longer in a state the strike can act on. */
    static boolean apply(NemesisRunner<?> runner, Planned planned) {
        SimNetwork<?> network = runner.net();
        NodeId node = planned.node();
        switch (planned.strike()) {
            case CRASH, POWER_LOSS, PAUSE, ISOLATE, MAJORITY_WITHOUT -> {
                if (!network.isUp(node)) {
                    return false;
                }
            }
            case RESTART -> {
                if (network.isUp(node)) {
                    return false;
                }
            }
            default -> {
            }
        }
        switch (planned.strike()) {
            case CRASH -> {
                network.crash(node);
                runner.later(planned.ticks(), Recovery.Kind.RESTART, node);
            }
            case POWER_LOSS -> {
                network.powerLoss(node);
                runner.later(planned.ticks(), Recovery.Kind.RESTART, node);
            }
            case PAUSE -> network.pause(node, planned.ticks());
            case ISOLATE, MAJORITY_WITHOUT -> {
                if (planned.sideB().isEmpty()) {
                    return false;
                }
                network.partition(planned.sideA(), planned.sideB());
                runner.later(planned.ticks(), Recovery.Kind.HEAL, null);
            }
            case RESTART -> network.restart(node);
            case HEAL -> network.heal();
            default -> throw new IllegalStateException("unknown strike " + planned.strike());
        }
        return true;
    }
}
