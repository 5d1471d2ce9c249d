package dev.simscaffold.core.net;

import dev.simscaffold.core.time.LogicalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A purpose-built three-node race: at tick 1 nodes 0 and 1 each send a burst of {@link #BURST} messages to
 * node 2, node 0 first. The planted bug needs node 2 to receive node 1's whole burst before any message of
 * node 0's: every one of node 0's messages ordered after every one of node 1's, which uniform delays give
 * about once in {@code C(2 * BURST, BURST)} runs (less, since equal-time messages keep their sending
 * order), and which a scheduler with a priority per message chain gives whenever it ranks node 1's chain
 * first (and node 1's drawn delays leave room to overtake).
 */
final class BurstRace implements SansIoNode<Integer> {

    /** How many messages each sender sends. */
    static final int BURST = 5;

    private final NodeId id;
    private final Outbox<Integer> outbox;
    private final List<Integer> received = new ArrayList<>();
    private boolean sent;

    BurstRace(NodeId id) {
        this.id = id;
        this.outbox = new Outbox<>(id);
    }

    /** Whether node 2 received node 1's whole burst before any of node 0's messages. */
    boolean overtaken() {
        return received.size() >= BURST && received.subList(0, BURST).stream().allMatch(from -> from == 1);
    }

    @Override
    public void handleInput(NodeId from, Integer message, LogicalTime now) {
        received.add(from.index());
    }

    @Override
    public void handleTimeout(LogicalTime now) {
        sent = true;
        if (id.index() < 2) {
            for (int i = 0; i < BURST; i++) {
                outbox.send(NodeId.of(2), i);
            }
        }
    }

    @Override
    public Optional<Transmit<Integer>> pollTransmit() {
        return outbox.poll();
    }

    @Override
    public Optional<LogicalTime> pollTimeout() {
        return sent ? Optional.empty() : Optional.of(LogicalTime.of(1));
    }
}
