package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.model.ModelKeyed;
import dev.simscaffold.core.net.NodeFactory;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.time.LogicalTime;
import java.util.List;
import java.util.Optional;

/**
 * Node-0 spins: its timer is always due now, and each time it fires the node flips a bit, so node-0 alone cycles
 * between two states without time moving. Every other node's timer is due now too and fires once. A reduction that
 * kept choosing node-0 around that cycle would never fire the others' timers (the ignoring problem the cycle
 * proviso prevents). A node's key is (its bit, whether its timer fired).
 */
final class Spinner implements SansIoNode<String>, ModelKeyed {

    private final NodeId id;
    private boolean bit;
    private boolean fired;
    private LogicalTime due;

    private Spinner(NodeId id, LogicalTime now) {
        this.id = id;
        this.due = now;
    }

    static NodeFactory<Spinner> factory() {
        return (id, random, now) -> new Spinner(id, now);
    }

    boolean fired() {
        return fired;
    }

    @Override
    public Object modelKey() {
        return List.of(bit, fired);
    }

    @Override
    public void handleInput(NodeId from, String message, LogicalTime now) {
    }

    @Override
    public void handleTimeout(LogicalTime now) {
        if (id.index() == 0) {
            bit = !bit;
            due = now;
        } else {
            fired = true;
            due = null;
        }
    }

    @Override
    public Optional<Transmit<String>> pollTransmit() {
        return Optional.empty();
    }

    @Override
    public Optional<LogicalTime> pollTimeout() {
        return Optional.ofNullable(due);
    }
}
