package dev.simscaffold.corpus.lease;

import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.Outbox;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.random.SimRandom;
import dev.simscaffold.core.time.LogicalTime;
import java.util.Optional;

/**
 * A client that repeatedly acquires the lease, works for a random while (sometimes longer than the lease), and
 * writes to the storage with the lease's token if, by its own clock, the lease has not run out; then it releases
 * the lease. Its clock and the network's delays decide how wrong "by its own clock" is, which is why the storage
 * must fence.
 *
 * <p>One such cycle (acquire, work, write, release) is one client operation. A client runs a given number of
 * cycles and then stays idle for good; {@link #ENDLESS} keeps it going for the whole run, as the seeded runs do.
 */
public final class LeaseClient implements SansIoNode<LeaseMessage> {

    /** How long the client waits for a grant or an acknowledgement before it asks again or gives up. */
    public static final long RETRY_TICKS = 30;
    /** The cycle count of a client that never stops. */
    public static final int ENDLESS = Integer.MAX_VALUE;
    private static final long DENIED_BACKOFF_TICKS = 5;
    private static final long SAFETY_MARGIN_TICKS = 2;

    private enum Phase { IDLE, ACQUIRING, HOLDING, WRITING }

    private final SimRandom random;
    private final Outbox<LeaseMessage> outbox;
    private final int cycles;
    private int started;
    private Phase phase = Phase.IDLE;
    private long token;
    private long written;
    private LogicalTime leaseEnd = LogicalTime.ZERO;
    private LogicalTime wakeAt;

    LeaseClient(NodeId id, SimRandom random, LogicalTime now) {
        this(id, random, now, ENDLESS);
    }

    LeaseClient(NodeId id, SimRandom random, LogicalTime now, int cycles) {
        this.random = random;
        this.outbox = new Outbox<>(id);
        this.cycles = cycles;
        this.wakeAt = cycles > 0 ? now : null;
    }

    @Override
    public void handleInput(NodeId from, LeaseMessage message, LogicalTime now) {
        if (message instanceof LeaseMessage.Grant grant && phase == Phase.ACQUIRING) {
            token = grant.token();
            leaseEnd = now.advance(grant.durationTicks() - SAFETY_MARGIN_TICKS);
            phase = Phase.HOLDING;
            wakeAt = now.advance(random.between(1, grant.durationTicks()));
        } else if (message instanceof LeaseMessage.Denied && phase == Phase.ACQUIRING) {
            wakeAt = now.advance(DENIED_BACKOFF_TICKS);
        } else if (message instanceof LeaseMessage.WriteAck ack && phase == Phase.WRITING && ack.token() == token) {
            outbox.send(LeaseCluster.LOCK_SERVER, new LeaseMessage.Release(token));
            phase = Phase.IDLE;
            wakeAt = now.advance(random.between(1, 10));
        }
    }

    @Override
    public void handleTimeout(LogicalTime now) {
        switch (phase) {
            case IDLE, ACQUIRING -> {
                if (phase == Phase.IDLE) {
                    if (started == cycles) {
                        wakeAt = null;
                        return;
                    }
                    started++;
                }
                outbox.send(LeaseCluster.LOCK_SERVER, new LeaseMessage.Acquire());
                phase = Phase.ACQUIRING;
                wakeAt = now.advance(RETRY_TICKS);
            }
            case HOLDING -> {
                if (now.isBefore(leaseEnd)) {
                    outbox.send(LeaseCluster.STORAGE, new LeaseMessage.Write(token, ++written));
                    phase = Phase.WRITING;
                    wakeAt = now.advance(RETRY_TICKS);
                } else {
                    phase = Phase.IDLE;
                    wakeAt = now;
                }
            }
            case WRITING -> {
                phase = Phase.IDLE;
                wakeAt = now.advance(random.between(1, 10));
            }
        }
    }

    @Override
    public Optional<Transmit<LeaseMessage>> pollTransmit() {
        return outbox.poll();
    }

    @Override
    public Optional<LogicalTime> pollTimeout() {
        return Optional.ofNullable(wakeAt);
    }

    @Override
    public String toString() {
        return "client " + phase + (phase == Phase.HOLDING || phase == Phase.WRITING ? " token " + token + " until " + leaseEnd : "");
    }
}
