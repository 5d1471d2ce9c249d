package dev.simscaffold.corpus.lease;

import dev.simscaffold.core.net.Durable;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.Outbox;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.time.LogicalTime;
import java.util.Optional;

/**
 * The lock server: it grants the lease to one client at a time for {@link #LEASE_TICKS} by its own clock, each
 * grant with a fencing token larger than the last. The last token is durable (a restarted server must never
 * hand out a token again); who holds the lease is not, so after a restart the next request wins.
 */
public final class LockServer implements SansIoNode<LeaseMessage>, Durable<Long> {

    /** How long a lease lasts, by the lock server's clock. */
    public static final long LEASE_TICKS = 20;

    private final Outbox<LeaseMessage> outbox;
    private long token;
    private NodeId holder;
    private LogicalTime expiresAt = LogicalTime.ZERO;

    LockServer(NodeId id, long lastToken) {
        this.outbox = new Outbox<>(id);
        this.token = lastToken;
    }

    @Override
    public void handleInput(NodeId from, LeaseMessage message, LogicalTime now) {
        if (message instanceof LeaseMessage.Acquire) {
            if (holder == null || !now.isBefore(expiresAt)) {
                token++;
                holder = from;
                expiresAt = now.advance(LEASE_TICKS);
                outbox.send(from, new LeaseMessage.Grant(token, LEASE_TICKS));
            } else {
                outbox.send(from, new LeaseMessage.Denied());
            }
        } else if (message instanceof LeaseMessage.Release release && release.token() == token) {
            holder = null;
        }
    }

    @Override
    public void handleTimeout(LogicalTime now) {
    }

    @Override
    public Optional<Transmit<LeaseMessage>> pollTransmit() {
        return outbox.poll();
    }

    @Override
    public Optional<LogicalTime> pollTimeout() {
        return Optional.empty();
    }

    @Override
    public Long durableState() {
        return token;
    }

    @Override
    public String toString() {
        return "lock server: token " + token + (holder == null ? ", free" : ", held by " + holder + " until " + expiresAt);
    }
}
