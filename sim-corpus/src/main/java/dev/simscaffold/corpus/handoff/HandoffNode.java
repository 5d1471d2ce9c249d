package dev.simscaffold.corpus.handoff;

import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.Outbox;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.time.LogicalTime;
import java.util.Optional;

/**
 * One node of the hand-off. {@code node-0} starts as primary of epoch 1. A primary sends heartbeats every
 * {@link #HEARTBEAT_TICKS}; after {@link #TENURE_TICKS} it steps down and hands the role to the next node
 * (index + 1, wrapping), sending the transfer every {@link #RETRY_TICKS} until the successor acknowledges.
 * A node takes a transfer of an epoch above its own and becomes primary, and acknowledges every transfer it
 * receives: one of an epoch it already reached was taken (only the primary of the epoch before sends it, and
 * heartbeats only spread epochs that were taken), so a lost acknowledgement is made good by the next
 * retransmission, even after the successor has handed on in turn.
 */
public final class HandoffNode implements SansIoNode<HandoffMessage> {

    /** Ticks between a primary's heartbeats. */
    public static final long HEARTBEAT_TICKS = 5;
    /** How long a primary keeps the role before it hands it on. */
    public static final long TENURE_TICKS = 60;
    /** Ticks between two sends of one transfer. */
    public static final long RETRY_TICKS = 3;
    /** How long the planted bug waits for an acknowledgement before it takes the role back. */
    public static final long HANDOFF_TIMEOUT_TICKS = 24;

    /** What a node is doing. */
    public enum Role {
        /** It is the primary. */
        PRIMARY,
        /** It stepped down and is sending the transfer to its successor. */
        HANDING_OFF,
        /** Neither. */
        FOLLOWER
    }

    private final NodeId id;
    private final int nodes;
    private final boolean resumesAfterTimeout;
    private final Outbox<HandoffMessage> outbox;
    private Role role;
    private long epoch;
    private LogicalTime deadline;
    private long tenureEnds;
    private long givesUpAt;

    /**
     * Makes a node at time 0.
     *
     * @param id its id
     * @param nodes how many nodes take turns
     * @param resumesAfterTimeout whether {@link HandoffBug#RESUMES_AFTER_TIMEOUT} is planted
     */
    public HandoffNode(NodeId id, int nodes, boolean resumesAfterTimeout) {
        this.id = id;
        this.nodes = nodes;
        this.resumesAfterTimeout = resumesAfterTimeout;
        this.outbox = new Outbox<>(id);
        if (id.index() == 0) {
            epoch = 1;
            becomePrimary(0);
        } else {
            role = Role.FOLLOWER;
        }
    }

    @Override
    public void handleInput(NodeId from, HandoffMessage message, LogicalTime now) {
        if (message instanceof HandoffMessage.Transfer transfer) {
            if (transfer.epoch() > epoch) {
                epoch = transfer.epoch();
                becomePrimary(now.ticks());
            }
            outbox.send(from, new HandoffMessage.Ack(transfer.epoch()));
        } else if (message instanceof HandoffMessage.Ack ack) {
            if (role == Role.HANDING_OFF && ack.epoch() == epoch + 1) {
                role = Role.FOLLOWER;
                epoch = ack.epoch();
                deadline = null;
            }
        } else if (role == Role.FOLLOWER && message.epoch() > epoch) {
            epoch = message.epoch();
        }
    }

    @Override
    public void handleTimeout(LogicalTime now) {
        long tick = now.ticks();
        if (role == Role.PRIMARY) {
            if (tick >= tenureEnds) {
                role = Role.HANDING_OFF;
                givesUpAt = tick + HANDOFF_TIMEOUT_TICKS;
                sendTransfer(tick);
            } else {
                heartbeat(tick);
            }
        } else if (role == Role.HANDING_OFF) {
            if (resumesAfterTimeout && tick >= givesUpAt) {
                becomePrimary(tick);
            } else {
                sendTransfer(tick);
            }
        }
    }

    private void becomePrimary(long tick) {
        role = Role.PRIMARY;
        tenureEnds = tick + TENURE_TICKS;
        heartbeat(tick);
    }

    private void heartbeat(long tick) {
        for (int n = 0; n < nodes; n++) {
            if (n != id.index()) {
                outbox.send(NodeId.of(n), new HandoffMessage.Heartbeat(epoch));
            }
        }
        deadline = LogicalTime.of(Math.min(tick + HEARTBEAT_TICKS, tenureEnds));
    }

    private void sendTransfer(long tick) {
        outbox.send(successor(), new HandoffMessage.Transfer(epoch + 1));
        deadline = LogicalTime.of(tick + RETRY_TICKS);
    }

    private NodeId successor() {
        return NodeId.of((id.index() + 1) % nodes);
    }

    @Override
    public Optional<Transmit<HandoffMessage>> pollTransmit() {
        return outbox.poll();
    }

    @Override
    public Optional<LogicalTime> pollTimeout() {
        return Optional.ofNullable(deadline);
    }

    /**
     * This node's id.
     *
     * @return the id
     */
    public NodeId id() {
        return id;
    }

    /**
     * What it is doing.
     *
     * @return its role
     */
    public Role role() {
        return role;
    }

    /**
     * The highest epoch it took part in: its own as primary, the one it hands on less one while handing off.
     *
     * @return the epoch
     */
    public long epoch() {
        return epoch;
    }
}
