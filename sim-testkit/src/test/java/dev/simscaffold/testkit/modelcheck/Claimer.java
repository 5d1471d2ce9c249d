package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.model.ModelCopyable;
import dev.simscaffold.core.model.ModelKeyed;
import dev.simscaffold.core.net.NodeFactory;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.Outbox;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.time.LogicalTime;
import java.util.List;
import java.util.Optional;

/**
 * Two nodes claim a turn: each sends {@code claim} to the other and wins if no claim arrives before its
 * deadline, {@value #DECIDE} ticks later. On a conflicting claim the correct protocol lets the lower index keep
 * claiming and the other yield for good; the planted bug ({@code bothBackOff}) makes both back off and claim
 * again {@value #BACKOFF} ticks later, in lockstep, forever: a livelock between two nodes. Its key is its phase.
 */
final class Claimer implements SansIoNode<String>, ModelKeyed, ModelCopyable<Claimer> {

    static final long DECIDE = 3;
    static final long BACKOFF = 2;

    enum Phase { CLAIMING, BACKED_OFF, YIELDED, WON }

    private final NodeId id;
    private final NodeId peer;
    private final boolean bothBackOff;
    private final Outbox<String> outbox;
    private Phase phase = Phase.CLAIMING;
    private LogicalTime deadline;

    private Claimer(NodeId id, LogicalTime now, boolean bothBackOff) {
        this(id, NodeId.of(1 - id.index()), bothBackOff);
        claim(now);
    }

    /** A claimer that has not claimed yet: the base of the constructor above and of copies. */
    private Claimer(NodeId id, NodeId peer, boolean bothBackOff) {
        this.id = id;
        this.peer = peer;
        this.bothBackOff = bothBackOff;
        this.outbox = new Outbox<>(id);
    }

    static NodeFactory<Claimer> factory(boolean bothBackOff) {
        return (id, random, now) -> new Claimer(id, now, bothBackOff);
    }

    Phase phase() {
        return phase;
    }

    private void claim(LogicalTime now) {
        phase = Phase.CLAIMING;
        outbox.send(peer, "claim");
        deadline = now.advance(DECIDE);
    }

    @Override
    public Object modelKey() {
        return List.of(phase.name());
    }

    @Override
    public void handleInput(NodeId from, String message, LogicalTime now) {
        if (phase != Phase.CLAIMING) {
            return;
        }
        if (bothBackOff) {
            phase = Phase.BACKED_OFF;
            deadline = now.advance(BACKOFF);
        } else if (id.index() > from.index()) {
            phase = Phase.YIELDED;
            deadline = null;
        }
    }

    @Override
    public void handleTimeout(LogicalTime now) {
        if (phase == Phase.CLAIMING) {
            phase = Phase.WON;
            deadline = null;
        } else if (phase == Phase.BACKED_OFF) {
            claim(now);
        }
    }

    @Override
    public Optional<Transmit<String>> pollTransmit() {
        return outbox.poll();
    }

    @Override
    public Optional<LogicalTime> pollTimeout() {
        return Optional.ofNullable(deadline);
    }

    /** A copy for a snapshot; called between events, when the outbox is empty. */
    @Override
    public Claimer modelCopy() {
        Claimer copy = new Claimer(id, peer, bothBackOff);
        copy.phase = phase;
        copy.deadline = deadline;
        return copy;
    }
}
