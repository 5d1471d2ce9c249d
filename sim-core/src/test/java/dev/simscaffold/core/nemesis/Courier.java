package dev.simscaffold.core.nemesis;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.Outbox;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.time.LogicalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A toy for message faults: node 0 sends every other node, in turn, one {@link Value} per tick (always an even
 * number, addressed and checksummed); a receiver keeps the values it accepts, in memory only, and acknowledges
 * each with an {@link Ack}, which node 0 records. Its planted bugs are switched by {@link Flaws}: a receiver
 * that trusts the payload without checking its checksum, one that does not check the addressee. The checks
 * {@link #honest()} (every value accepted was one sent to that node) and {@link #keepsWhatItAcked()} (a node
 * still holds every value it acknowledged, which a node that keeps them only in memory breaks when it crashes
 * right after acknowledging) hold on a healthy network.
 */
final class Courier implements SansIoNode<Courier.Msg> {

    static final int NODES = 3;

    sealed interface Msg permits Value, Ack {
    }

    /**
     * A value for one node, with a checksum over both.
     *
     * @param to the addressee
     * @param value the value, even as sent
     * @param checksum over the addressee and the value
     */
    record Value(NodeId to, int value, int checksum) implements Msg {
        static Value of(NodeId to, int value) {
            return new Value(to, value, sum(to, value));
        }

        boolean intact() {
            return checksum == sum(to, value);
        }

        /** What a bit flip does: the value changes, the checksum does not. */
        Value flipped() {
            return new Value(to, value ^ 1, checksum);
        }

        private static int sum(NodeId to, int value) {
            return 31 * to.index() + 17 * value + 7;
        }
    }

    /**
     * A value acknowledged.
     *
     * @param value the value
     */
    record Ack(int value) implements Msg {
    }

    /**
     * The planted bugs.
     *
     * @param trustsPayload accepts a value without checking its checksum
     * @param ignoresAddressee accepts a value addressed to another node
     */
    record Flaws(boolean trustsPayload, boolean ignoresAddressee) {
        static final Flaws NONE = new Flaws(false, false);
    }

    private final NodeId id;
    private final Flaws flaws;
    private final Outbox<Msg> outbox;
    private final List<Value> accepted = new ArrayList<>();
    private final List<List<Integer>> acked = new ArrayList<>();
    private int sequence;
    private LogicalTime next;

    Courier(NodeId id, LogicalTime now, Flaws flaws) {
        this.id = id;
        this.flaws = flaws;
        this.outbox = new Outbox<>(id);
        for (int i = 0; i < NODES; i++) {
            acked.add(new ArrayList<>());
        }
        this.next = id.index() == 0 ? now.advance(1) : null;
    }

    @Override
    public void handleInput(NodeId from, Msg message, LogicalTime now) {
        if (message instanceof Value value) {
            if (!flaws.trustsPayload() && !value.intact() || !flaws.ignoresAddressee() && !value.to().equals(id)) {
                return;
            }
            accepted.add(value);
            outbox.send(from, new Ack(value.value()));
        } else if (message instanceof Ack ack) {
            acked.get(from.index()).add(ack.value());
        }
    }

    @Override
    public void handleTimeout(LogicalTime now) {
        NodeId to = NodeId.of(1 + sequence % (NODES - 1));
        outbox.send(to, Value.of(to, 2 * sequence));
        sequence++;
        next = now.advance(1);
    }

    @Override
    public Optional<Transmit<Msg>> pollTransmit() {
        return outbox.poll();
    }

    @Override
    public Optional<LogicalTime> pollTimeout() {
        return Optional.ofNullable(next);
    }

    /** Every value a node accepted is even and addressed to it, as node 0 sends them. */
    static Expectation<NetworkView<Msg>> honest() {
        return Expectation.always("every value accepted was sent to its node", view -> {
            List<String> problems = new ArrayList<>();
            view.byId(Courier.class).forEach((id, node) -> node.accepted.forEach(value -> {
                if (value.value() % 2 != 0 || !value.to().equals(id)) {
                    problems.add(id + " accepted " + value);
                }
            }));
            return problems;
        });
    }

    /** A live node still holds every value node 0 recorded as acknowledged by it. */
    static Expectation<NetworkView<Msg>> keepsWhatItAcked() {
        return Expectation.always("a node keeps what it acknowledged", view -> {
            List<String> problems = new ArrayList<>();
            view.node(NodeId.of(0), Courier.class).ifPresent(sender -> view.byId(Courier.class).forEach((id, node) -> {
                for (int value : sender.acked.get(id.index())) {
                    if (node.accepted.stream().noneMatch(held -> held.value() == value)) {
                        problems.add(id + " acknowledged " + value + " but does not hold it");
                    }
                }
            }));
            return problems;
        });
    }

    int acceptedCount() {
        return accepted.size();
    }

    int ackedBy(NodeId node) {
        return acked.get(node.index()).size();
    }
}
