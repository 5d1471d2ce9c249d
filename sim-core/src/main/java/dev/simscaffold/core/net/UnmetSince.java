package dev.simscaffold.core.net;

import dev.simscaffold.core.time.LogicalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tracks, during a liveness phase, since when each thing an eventually expectation reports as unmet has
 * been unmet without a break, so a missed deadline says not only what is wrong but for how long ("n2 is
 * behind, unmet since t=1200"). A message that disappears and comes back starts again.
 */
final class UnmetSince {

    private Map<String, LogicalTime> since = new LinkedHashMap<>();

    /** Records one evaluation; returns whether the expectation held. */
    boolean holds(List<String> unmet, LogicalTime now) {
        if (unmet.isEmpty()) {
            since.clear();
            return true;
        }
        Map<String, LogicalTime> next = new LinkedHashMap<>();
        for (String message : unmet) {
            next.putIfAbsent(message, since.getOrDefault(message, now));
        }
        since = next;
        return false;
    }

    /** What is unmet now, in the order the check reported it, each with the time it has been unmet since. */
    List<String> report() {
        List<String> lines = new ArrayList<>();
        since.forEach((message, from) -> lines.add(message + " (unmet since " + from + ")"));
        return lines;
    }
}
