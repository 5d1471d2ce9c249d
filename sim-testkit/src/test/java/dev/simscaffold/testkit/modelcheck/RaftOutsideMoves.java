package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.history.KvOp;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SimNetwork;
import dev.simscaffold.corpus.raft.Command;
import dev.simscaffold.corpus.raft.RaftMessage;
import dev.simscaffold.corpus.raft.RaftServer;
import java.util.ArrayList;
import java.util.List;

/**
 * The moves from outside that the scripted Figure 8 runs make on a three-server corpus Raft, written once for the
 * script that counts moves ({@code RaftFigure8MovesTest}) and the one that counts deviations
 * ({@code RaftFigure8DeviationsTest}): each counts them its own way.
 */
final class RaftOutsideMoves {

    private RaftOutsideMoves() {
    }

    /** Cuts {@code node} off from the other two servers. */
    static void isolate(SimNetwork<RaftMessage> network, NodeId node) {
        network.partition(List.of(node), others(node));
    }

    /** Proposes the write {@code x = value} at {@code at}, as the operator's command. */
    static void propose(SimNetwork<RaftMessage> network, NodeId at, long value) {
        network.invoke(at, "propose x=" + value, node -> ((RaftServer) node).propose(new Command("operator", 0, value, at, KvOp.write("x", value))));
    }

    /** The two servers other than {@code node}. */
    static List<NodeId> others(NodeId node) {
        List<NodeId> others = new ArrayList<>();
        for (int server = 0; server < 3; server++) {
            if (server != node.index()) {
                others.add(NodeId.of(server));
            }
        }
        return others;
    }
}
