package dev.simscaffold.core.check;

import dev.simscaffold.core.internal.Require;
import dev.simscaffold.core.net.FaultSchedule;
import dev.simscaffold.core.net.NodeId;
import java.util.List;

/**
 * The generators behind {@link Gen#faultSchedules} and {@link Gen#faultSchedulesWithPowerLoss}. They check
 * their arguments when built, so a bad node list or horizon fails where the property is written rather
 * than at its first draw.
 */
final class ScheduleGens {

    private ScheduleGens() {
    }

    static Gen<FaultSchedule> schedules(List<NodeId> nodes, long horizon, int maxEvents, boolean powerLoss) {
        List<NodeId> copy = List.copyOf(nodes);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a fault schedule needs at least one node");
        }
        Require.nonNegative("horizon", horizon);
        Require.nonNegative("maxEvents", maxEvents);
        if (powerLoss) {
            return random -> FaultSchedule.randomWithPowerLoss(random, copy, horizon, maxEvents);
        }
        return random -> FaultSchedule.random(random, copy, horizon, maxEvents);
    }
}
