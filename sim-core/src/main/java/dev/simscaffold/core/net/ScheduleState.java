package dev.simscaffold.core.net;

import java.util.List;

/**
 * The node and link state a {@link FaultSchedule} implies at each point, used both to validate a
 * schedule and to generate only valid ones: which nodes are crashed, which are paused until when, and
 * whether any partition is in force.
 */
final class ScheduleState {

    private final List<NodeId> nodes;
    private final boolean[] crashed;
    private final long[] pausedUntil;
    private boolean partitioned;

    ScheduleState(List<NodeId> nodes) {
        this.nodes = nodes;
        int size = 0;
        for (NodeId node : nodes) {
            size = Math.max(size, node.index() + 1);
        }
        this.crashed = new boolean[size];
        this.pausedUntil = new long[size];
    }

    boolean partitioned() {
        return partitioned;
    }

    boolean crashed(NodeId node) {
        return crashed[node.index()];
    }

    boolean pausable(NodeId node, long at) {
        return !crashed[node.index()] && pausedUntil[node.index()] <= at;
    }

    /** Returns why {@code event} cannot apply in this state, or {@code null} if it can. */
    String problem(FaultEvent event) {
        if (event instanceof FaultEvent.Partition p) {
            for (NodeId node : p.from()) {
                if (!known(node)) {
                    return unknown(node, event);
                }
            }
            for (NodeId node : p.to()) {
                if (!known(node)) {
                    return unknown(node, event);
                }
            }
            return null;
        }
        if (event instanceof FaultEvent.Heal) {
            return partitioned ? null : "cannot heal at t=" + event.at() + ": no partition is in force";
        }
        if (event instanceof FaultEvent.NodeEvent hit && !known(hit.node())) {
            return unknown(hit.node(), event);
        }
        if (event instanceof FaultEvent.Crash c) {
            return crashed(c.node()) ? "cannot crash " + c.node() + " at t=" + c.at() + ": it is already crashed" : null;
        }
        if (event instanceof FaultEvent.Restart r) {
            return crashed(r.node()) ? null : "cannot restart " + r.node() + " at t=" + r.at() + ": it is not crashed";
        }
        if (event instanceof FaultEvent.PowerLoss) {
            return null;
        }
        FaultEvent.Pause p = (FaultEvent.Pause) event;
        if (crashed(p.node())) {
            return "cannot pause " + p.node() + " at t=" + p.at() + ": it is crashed";
        }
        if (pausedUntil[p.node().index()] > p.at()) {
            return "overlapping pauses of " + p.node() + ": it is paused until t=" + pausedUntil[p.node().index()]
                    + " but another pause starts at t=" + p.at();
        }
        return null;
    }

    /** Applies an event that {@link #problem} accepted. */
    void apply(FaultEvent event) {
        if (event instanceof FaultEvent.Partition) {
            partitioned = true;
        } else if (event instanceof FaultEvent.Heal) {
            partitioned = false;
        } else if (event instanceof FaultEvent.Crash c) {
            crashed[c.node().index()] = true;
            pausedUntil[c.node().index()] = 0;
        } else if (event instanceof FaultEvent.PowerLoss loss) {
            crashed[loss.node().index()] = true;
            pausedUntil[loss.node().index()] = 0;
        } else if (event instanceof FaultEvent.Restart r) {
            crashed[r.node().index()] = false;
        } else {
            FaultEvent.Pause p = (FaultEvent.Pause) event;
            pausedUntil[p.node().index()] = p.at() + p.ticks();
        }
    }

    private boolean known(NodeId node) {
        return nodes.contains(node);
    }

    private String unknown(NodeId node, FaultEvent event) {
        return "unknown node " + node + " in '" + event + "': the schedule's nodes are " + nodes;
    }
}
