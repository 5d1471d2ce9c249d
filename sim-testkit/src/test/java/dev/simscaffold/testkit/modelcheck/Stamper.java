package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.model.ModelKeyed;
import dev.simscaffold.core.net.NodeFactory;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.Outbox;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.time.LogicalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One of two nodes that read the clock: at creation each sends "hi" to the other, and node-1 also sets a timer
 * for tick 2; a node's key is the ticks it heard "hi" at and whether its timer fired. Whether node-0 hears
 * before tick 2 depends on whether node-1's timer came first, so those two events, at different nodes but at
 * different ticks, do not commute.
 */
final class Stamper implements SansIoNode<String>, ModelKeyed {

    private final Outbox<String> outbox;
    private final List<Long> heard = new ArrayList<>();
    private boolean timerDue;

    private Stamper(NodeId id) {
        this.outbox = new Outbox<>(id);
        this.timerDue = id.index() == 1;
        outbox.send(NodeId.of(1 - id.index()), "hi");
    }

    static NodeFactory<Stamper> factory() {
        return (id, random, now) -> new Stamper(id);
    }

    List<Long> heard() {
        return List.copyOf(heard);
    }

    @Override
    public Object modelKey() {
        return List.of(List.copyOf(heard), timerDue);
    }

    @Override
    public void handleInput(NodeId from, String message, LogicalTime now) {
        heard.add(now.ticks());
    }

    @Override
    public void handleTimeout(LogicalTime now) {
        timerDue = false;
    }

    @Override
    public Optional<Transmit<String>> pollTransmit() {
        return outbox.poll();
    }

    @Override
    public Optional<LogicalTime> pollTimeout() {
        return timerDue ? Optional.of(LogicalTime.of(2)) : Optional.empty();
    }
}
