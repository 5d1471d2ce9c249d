package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.model.ModelCopyable;
import dev.simscaffold.core.model.ModelKeyed;
import dev.simscaffold.core.net.NodeFactory;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.Outbox;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A node that tells a peer it draws its id at creation and, on first hearing of a node, passes the news on to one
 * peer it draws; its key is the set of nodes it heard of, its message names a node: both need relabelling under
 * symmetry. Interchangeable: nothing depends on an id but through the draw, which the checker branches on. The
 * planted bug ({@code echoes}) may pass news back to the node it is about, which then hears of itself.
 */
final class Rumour implements SansIoNode<Rumour.News>, ModelKeyed, ModelCopyable<Rumour> {

    /** News of a node. @param about the node */
    record News(NodeId about) {
    }

    private final NodeId id;
    private final int nodes;
    private final SimRandom random;
    private final boolean echoes;
    private final Outbox<News> outbox;
    private final TreeSet<NodeId> heard = new TreeSet<>();

    private Rumour(NodeId id, int nodes, SimRandom random, boolean echoes) {
        this.id = id;
        this.nodes = nodes;
        this.random = random;
        this.echoes = echoes;
        this.outbox = new Outbox<>(id);
    }

    static NodeFactory<Rumour> factory(int nodes, boolean echoes) {
        return (id, random, now) -> {
            Rumour node = new Rumour(id, nodes, random, echoes);
            node.outbox.send(node.drawPeer(), new News(id));
            return node;
        };
    }

    private NodeId drawPeer() {
        int pick = random.nextInt(nodes - 1);
        return NodeId.of(pick >= id.index() ? pick + 1 : pick);
    }

    NodeId id() {
        return id;
    }

    SortedSet<NodeId> heard() {
        return heard;
    }

    @Override
    public Object modelKey() {
        return List.of(new TreeSet<>(heard));
    }

    @Override
    public void handleInput(NodeId from, News message, LogicalTime now) {
        if (heard.add(message.about())) {
            NodeId peer = drawPeer();
            if (echoes || !peer.equals(message.about())) {
                outbox.send(peer, message);
            }
        }
    }

    @Override
    public void handleTimeout(LogicalTime now) {
    }

    @Override
    public Optional<Transmit<News>> pollTransmit() {
        return outbox.poll();
    }

    @Override
    public Optional<LogicalTime> pollTimeout() {
        return Optional.empty();
    }

    /** A copy for a snapshot; called between events, when the outbox is empty. */
    @Override
    public Rumour modelCopy() {
        Rumour copy = new Rumour(id, nodes, random, echoes);
        copy.heard.addAll(heard);
        return copy;
    }
}
