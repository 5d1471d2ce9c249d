package dev.simscaffold.core.nemesis;

import dev.simscaffold.core.expect.Expectation;
import dev.simscaffold.core.net.NetworkView;
import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.Outbox;
import dev.simscaffold.core.net.RoleReporting;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.time.LogicalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A toy cluster member for nemesis tests: it pings every peer every tick and remembers when it last heard each
 * one, and leads for {@value #LEAD_TICKS} ticks out of every {@value #ROUND_TICKS}, in turn by id, so that
 * roles change on a known beat. Its planted bug is the check {@link #alwaysHeard}: "every peer was heard from
 * within {@value #PATIENCE} ticks", which holds on a healthy network and breaks as soon as a fault silences a
 * node for longer.
 */
final class Beacon implements SansIoNode<Beacon.Ping>, RoleReporting<Beacon.Role> {

    static final int NODES = 3;
    static final long ROUND_TICKS = 30;
    static final long LEAD_TICKS = 10;
    static final long PATIENCE = 5;

    enum Role { LEADER, FOLLOWER }

    record Ping() {
    }

    private final NodeId id;
    private final Outbox<Ping> outbox;
    private final int nodes;
    private final long[] heard;
    private LogicalTime next;
    private Role role = Role.FOLLOWER;

    Beacon(NodeId id, LogicalTime now) {
        this(id, now, NODES);
    }

    /** A member of a cluster of {@code nodes} beacons, for nemeses that need more than three peers. */
    Beacon(NodeId id, LogicalTime now, int nodes) {
        this.id = id;
        this.nodes = nodes;
        this.heard = new long[nodes];
        this.outbox = new Outbox<>(id);
        Arrays.fill(heard, now.ticks());
        this.next = now.advance(1);
    }

    @Override
    public Role role() {
        return role;
    }

    @Override
    public void handleInput(NodeId from, Ping message, LogicalTime now) {
        heard[from.index()] = now.ticks();
    }

    @Override
    public void handleTimeout(LogicalTime now) {
        long phase = now.ticks() % ROUND_TICKS;
        long leaderSlot = (now.ticks() / ROUND_TICKS) % nodes;
        role = leaderSlot == id.index() && phase < LEAD_TICKS ? Role.LEADER : Role.FOLLOWER;
        for (int peer = 0; peer < nodes; peer++) {
            if (peer != id.index()) {
                outbox.send(NodeId.of(peer), new Ping());
            }
        }
        next = now.advance(1);
    }

    @Override
    public Optional<Transmit<Ping>> pollTransmit() {
        return outbox.poll();
    }

    @Override
    public Optional<LogicalTime> pollTimeout() {
        return Optional.of(next);
    }

    /** The planted bug: a node expects to hear every peer all the time. */
    static Expectation<NetworkView<Ping>> alwaysHeard() {
        return Expectation.always("every peer heard within " + PATIENCE + " ticks", view -> {
            List<String> problems = new ArrayList<>();
            view.byId(Beacon.class).forEach((id, node) -> {
                for (int peer = 0; peer < node.nodes; peer++) {
                    if (peer != id.index() && view.now().ticks() - node.heard[peer] > PATIENCE) {
                        problems.add(id + " last heard node-" + peer + " at t=" + node.heard[peer]);
                    }
                }
            });
            return problems;
        });
    }
}
