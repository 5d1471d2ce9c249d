package dev.simscaffold.core.nemesis;

import dev.simscaffold.core.net.NodeId;
import dev.simscaffold.core.net.RoleReporting;
import dev.simscaffold.core.net.SansIoNode;
import dev.simscaffold.core.net.Transmit;
import dev.simscaffold.core.time.LogicalTime;
import java.util.Optional;

/** A node whose role cannot be read: what a nemesis that watches roles must report, naming itself. */
final class Confused implements SansIoNode<Beacon.Ping>, RoleReporting<Beacon.Role> {

    @Override
    public Beacon.Role role() {
        throw new IllegalStateException("role not known yet");
    }

    @Override
    public void handleInput(NodeId from, Beacon.Ping message, LogicalTime now) {
    }

    @Override
    public void handleTimeout(LogicalTime now) {
    }

    @Override
    public Optional<Transmit<Beacon.Ping>> pollTransmit() {
        return Optional.empty();
    }

    @Override
    public Optional<LogicalTime> pollTimeout() {
        return Optional.empty();
    }
}
