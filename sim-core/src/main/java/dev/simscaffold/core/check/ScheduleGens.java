package dev.simscaffold.core.check;

import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.net.FaultSchedule;
import dev.simscaffold.core.net.NodeId;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The generators behind {@link Gen#faultSchedules}. They check their arguments when built, so a bad node
 * list, horizon or set of kinds fails where the property is written rather than at its first draw.
 */
final class ScheduleGens {

    private ScheduleGens() {
    }

    static Gen<FaultSchedule> schedules(List<NodeId> nodes, long horizon, int maxEvents, Set<FaultSchedule.Kind> kinds) {
        List<NodeId> copy = List.copyOf(nodes);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a fault schedule needs at least one node");
        }
        Require.nonNegative("horizon", horizon);
        Require.nonNegative("maxEvents", maxEvents);
        Objects.requireNonNull(kinds, "kinds must not be null");
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("a random fault schedule needs at least one kind of fault, got " + kinds);
        }
        Set<FaultSchedule.Kind> chosen = EnumSet.copyOf(kinds);
        return random -> FaultSchedule.random(random, copy, horizon, maxEvents, chosen);
    }
}
