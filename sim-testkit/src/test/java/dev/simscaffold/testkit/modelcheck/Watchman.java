package dev.simscaffold.testkit.modelcheck;

import dev.simscaffold.core.model.ModelCopyable;
import dev.simscaffold.core.model.ModelKeyed;
import dev.simscaffold.core.model.TimedKey;
import dev.simscaffold.core.net.NodeFactory;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.Outbox;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.time.LogicalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A node of a ring that beats every {@link #PERIOD} ticks to the next node and raises an alarm at a beat when it
 * has not heard from anyone for more than {@code silence} ticks, or (the planted dependence on absolute time)
 * at the first beat at or after tick {@code alarmAt}. Gossip never stops, so its runs go on forever.
 *
 * <p>How it keys its state is the point: {@link Keying#DECLARED} gives a {@link TimedKey} (state and times
 * apart: it promises to measure time only from now), {@link Keying#PLAIN} a plain key with its times in it.
 */
final class Watchman implements SansIoNode<String>, ModelKeyed, ModelCopyable<Watchman> {

    /** Ticks between two beats. */
    static final long PERIOD = 2;

    /** How the node gives its key. */
    enum Keying { DECLARED, PLAIN }

    private final NodeId id;
    private final NodeId next;
    private final long silence;
    private final long alarmAt;
    private final Keying keying;
    private final Outbox<String> outbox;
    private boolean started;
    private boolean alarmed;
    private LogicalTime nextBeat = LogicalTime.ZERO;
    private LogicalTime lastHeard = LogicalTime.ZERO;

    private Watchman(NodeId id, NodeId next, long silence, long alarmAt, Keying keying) {
        this.id = id;
        this.next = next;
        this.silence = silence;
        this.alarmAt = alarmAt;
        this.keying = keying;
        this.outbox = new Outbox<>(id);
    }

    /**
     * @param nodes the ring's size
     * @param silence ticks of silence tolerated
     * @param alarmAt the tick from which a beat raises the alarm whatever it heard, or {@code Long.MAX_VALUE}
     * @param keying how each node gives its key
     */
    static NodeFactory<Watchman> factory(int nodes, long silence, long alarmAt, Function<NodeId, Keying> keying) {
        return (id, random, now) -> new Watchman(id, NodeId.of((id.index() + 1) % nodes), silence, alarmAt, keying.apply(id));
    }

    boolean alarmed() {
        return alarmed;
    }

    @Override
    public void handleInput(NodeId from, String message, LogicalTime now) {
        lastHeard = LogicalTime.max(lastHeard, now);
    }

    @Override
    public void handleTimeout(LogicalTime now) {
        if (!started) {
            started = true;
            lastHeard = now;
        } else {
            alarmed |= lastHeard.ticksUntil(now) > silence || now.ticks() >= alarmAt;
            outbox.send(next, "beat");
        }
        nextBeat = now.advance(PERIOD);
    }

    @Override
    public Optional<Transmit<String>> pollTransmit() {
        return outbox.poll();
    }

    @Override
    public Optional<LogicalTime> pollTimeout() {
        return Optional.of(nextBeat);
    }

    @Override
    public Object modelKey() {
        List<Object> state = List.of(started, alarmed);
        return keying == Keying.DECLARED ? TimedKey.of(state, nextBeat, lastHeard) : List.of(state, nextBeat, lastHeard);
    }

    /** A copy for a snapshot; called between events, when the outbox is empty. */
    @Override
    public Watchman modelCopy() {
        Watchman copy = new Watchman(id, next, silence, alarmAt, keying);
        copy.started = started;
        copy.alarmed = alarmed;
        copy.nextBeat = nextBeat;
        copy.lastHeard = lastHeard;
        return copy;
    }
}
