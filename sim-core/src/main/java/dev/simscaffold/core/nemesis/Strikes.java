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
     * Draws a strike's cuts; returns null when the strike cannot be built here (a bridge or ring among too few
     * peers). Isolation cuts the node from every other node. The other partitions are built among the peers
     * (the nodes that report roles); nodes that are no peers, such as clients, keep every link, so they reach
     * every side.
     */
    static Planned plan(Armed by, Strike strike, NodeId node, long ticks, List<NodeId> all, List<NodeId> peers, SimRandom random) {
        return switch (strike) {
            case ISOLATE -> new Planned(by, strike, node, List.of(isolate(node, all)), ticks);
            case MAJORITY_WITHOUT -> new Planned(by, strike, node, List.of(majorityWithout(node, all, peers, random)), ticks);
            case BRIDGE -> bridge(by, node, ticks, peers, random);
            case MAJORITIES_RING -> ring(by, node, ticks, peers, random);
            default -> new Planned(by, strike, node, List.of(), ticks);
        };
    }

    private static Planned.Cut isolate(NodeId node, List<NodeId> all) {
        List<NodeId> everyoneElse = new ArrayList<>(all);
        everyoneElse.remove(node);
        return new Planned.Cut(List.of(node), List.copyOf(everyoneElse));
    }

    /** A majority of the node's peers on one side, the node with the rest on the other. */
    private static Planned.Cut majorityWithout(NodeId node, List<NodeId> all, List<NodeId> peers, SimRandom random) {
        List<NodeId> others = new ArrayList<>(peers);
        others.remove(node);
        int majority = (others.size() + 1) / 2 + 1;
        if (others.size() < majority) {
            return isolate(node, all);
        }
        List<NodeId> shuffled = random.shuffle(others);
        List<NodeId> side = new ArrayList<>();
        side.add(node);
        side.addAll(shuffled.subList(majority, shuffled.size()));
        return new Planned.Cut(List.copyOf(side), List.copyOf(shuffled.subList(0, majority)));
    }

    private static Planned bridge(Armed by, NodeId node, long ticks, List<NodeId> peers, SimRandom random) {
        List<NodeId> others = new ArrayList<>(peers);
        others.remove(node);
        if (others.size() < 2) {
            return null;
        }
        List<NodeId> shuffled = random.shuffle(others);
        int half = shuffled.size() / 2;
        Planned.Cut cut = new Planned.Cut(List.copyOf(shuffled.subList(0, half)), List.copyOf(shuffled.subList(half, shuffled.size())));
        return new Planned(by, Strike.BRIDGE, node, List.of(cut), ticks);
    }

    /**
     * The ring starts at the node, the others drawn after it; each peer keeps its links to the peers within
     * {@code reach} places either way, where {@code reach} is the least that lets it see a majority, itself
     * included, and every other link is cut.
     */
    private static Planned ring(Armed by, NodeId node, long ticks, List<NodeId> peers, SimRandom random) {
        List<NodeId> others = new ArrayList<>(peers);
        others.remove(node);
        List<NodeId> ring = new ArrayList<>();
        ring.add(node);
        ring.addAll(random.shuffle(others));
        int size = ring.size();
        int reach = (size / 2 + 1) / 2;
        List<Planned.Cut> cuts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            for (int j = i + 1; j < size; j++) {
                int distance = Math.min(j - i, size - (j - i));
                if (distance > reach) {
                    cuts.add(new Planned.Cut(List.of(ring.get(i)), List.of(ring.get(j))));
                }
            }
        }
        return cuts.isEmpty() ? null : new Planned(by, Strike.MAJORITIES_RING, node, List.copyOf(cuts), ticks);
    }

    /** Acts; returns false if the target is no longer in a state the strike can act on. */
    static boolean apply(NemesisRunner<?> runner, Planned planned) {
        SimNetwork<?> network = runner.net();
        NodeId node = planned.node();
        switch (planned.strike()) {
            case CRASH, POWER_LOSS, PAUSE, ISOLATE, MAJORITY_WITHOUT, BRIDGE, MAJORITIES_RING -> {
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
                runner.later(planned.ticks(), Recovery.Kind.RESTART, node, null);
            }
            case POWER_LOSS -> {
                network.powerLoss(node);
                runner.later(planned.ticks(), Recovery.Kind.RESTART, node, null);
            }
            case PAUSE -> network.pause(node, planned.ticks());
            case ISOLATE, MAJORITY_WITHOUT, BRIDGE, MAJORITIES_RING -> {
                if (planned.cuts().stream().anyMatch(cut -> cut.sideA().isEmpty() || cut.sideB().isEmpty())) {
                    return false;
                }
                runner.partition(planned);
                runner.later(planned.ticks(), Recovery.Kind.HEAL, null, planned);
            }
            case RESTART -> network.restart(node);
            case HEAL -> runner.healAll();
            default -> throw new IllegalStateException("unknown strike " + planned.strike());
        }
        return true;
    }
}
