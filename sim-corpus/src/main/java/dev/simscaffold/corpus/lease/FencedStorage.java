package dev.simscaffold.corpus.lease;

import dev.simscaffold.core.net.Durable;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.Outbox;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.time.LogicalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The storage the lease protects: it accepts a write only if its token is at least the highest it has seen
 * (fencing, as Kleppmann describes), so a holder whose lease ran out can no longer overwrite its successor.
 * What it accepted is durable.
 */
public final class FencedStorage implements SansIoNode<LeaseMessage>, Durable<List<FencedStorage.Accepted>> {

    /**
     * One accepted write.
     *
     * @param token the writer's token
     * @param writer who wrote
     * @param value what was written
     */
    public record Accepted(long token, NodeId writer, long value) {
    }

    private final Outbox<LeaseMessage> outbox;
    private final boolean fencing;
    private final List<Accepted> accepted;
    private long highestToken;

    FencedStorage(NodeId id, boolean fencing, List<Accepted> durable) {
        this.outbox = new Outbox<>(id);
        this.fencing = fencing;
        this.accepted = new ArrayList<>(durable);
        this.highestToken = durable.stream().mapToLong(Accepted::token).max().orElse(0);
    }

    /**
     * Returns every write accepted, in order.
     *
     * @return an unmodifiable view
     */
    public List<Accepted> accepted() {
        return Collections.unmodifiableList(accepted);
    }

    @Override
    public void handleInput(NodeId from, LeaseMessage message, LogicalTime now) {
        if (message instanceof LeaseMessage.Write write) {
            boolean accept = !fencing || write.token() >= highestToken;
            if (accept) {
                highestToken = Math.max(highestToken, write.token());
                accepted.add(new Accepted(write.token(), from, write.value()));
            }
            outbox.send(from, new LeaseMessage.WriteAck(write.token(), accept));
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
    public List<Accepted> durableState() {
        return List.copyOf(accepted);
    }

    @Override
    public String toString() {
        return "storage: highest token " + highestToken + ", " + accepted.size() + " writes";
    }
}
