package dev.simscaffold.testkit.report;

import dev.simscaffold.core.trace.EventKind;
import dev.simscaffold.core.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The faults a run injected, as a reader needs them: each action the fault layers took (a partition and its
 * heal, a crash and its restart, a pause and its resume, a power loss, a clock jump, a lost, duplicated or
 * delayed message, a disk error), one line each, with its consequences grouped under it instead of listed
 * one by one: the messages to a node that is down that were dropped, the disk crash a node crash implies,
 * the torn write of a power loss, the messages a partition blocked. Read from the trace, because a shrunk
 * configuration says only which faults were allowed, and the trace which ones happened, when and to whom.
 */
final class FaultDigest {

    /** The detail the network gives a message it drops because its destination is down. */
    private static final String DESTINATION_DOWN = "(destination crashed)";

    /** One action of the fault layers and what followed from it. */
    private static final class Action {
        private final TraceEvent event;
        private final List<String> disk = new ArrayList<>();
        private int droppedWhileDown;
        private int blocked;

        Action(TraceEvent event) {
            this.event = event;
        }

        void render(List<String> lines) {
            lines.add("  " + line(event));
            disk.forEach(d -> lines.add("      then " + d));
            if (droppedWhileDown > 0) {
                lines.add("      then " + droppedWhileDown + " message" + plural(droppedWhileDown) + " to " + event.actor() + " dropped while it was down");
            }
            if (blocked > 0) {
                lines.add("      then " + blocked + " message" + plural(blocked) + " blocked by this partition");
            }
        }
    }

    private final List<Action> actions = new ArrayList<>();
    private int consequences;

    private FaultDigest() {
    }

    /**
     * Reads the faults of a run's events.
     *
     * @param events the run's events, up to where the report looks
     * @return the digest
     */
    static FaultDigest of(List<TraceEvent> events) {
        FaultDigest digest = new FaultDigest();
        Map<String, Action> lastCrash = new TreeMap<>();
        Action lastPartition = null;
        Action lastAction = null;
        for (TraceEvent event : events) {
            EventKind kind = event.kind();
            if (kind == EventKind.PARTITION_BLOCKED && lastPartition != null) {
                lastPartition.blocked++;
                digest.consequences++;
                continue;
            }
            if (!isAction(kind)) {
                continue;
            }
            Action crash = lastCrash.get(kind == EventKind.DROP ? event.peer() : event.actor());
            if (kind == EventKind.DROP && event.detail().endsWith(DESTINATION_DOWN) && crash != null) {
                crash.droppedWhileDown++;
                digest.consequences++;
                continue;
            }
            if (isDiskCrash(kind) && lastAction != null && impliedBy(event, lastAction)) {
                lastAction.disk.add(kind + " " + event.detail());
                digest.consequences++;
                continue;
            }
            Action action = new Action(event);
            digest.actions.add(action);
            lastAction = action;
            if (kind == EventKind.CRASH) {
                lastCrash.put(event.actor(), action);
            } else if (kind == EventKind.PARTITION) {
                lastPartition = action;
            }
        }
        return digest;
    }

    /** An action of the fault layers: a fault, or the recovery from one (heal, restart, resume). */
    private static boolean isAction(EventKind kind) {
        return kind.fault() || kind == EventKind.HEAL || kind == EventKind.RESTART || kind == EventKind.RESUME;
    }

    private static boolean isDiskCrash(EventKind kind) {
        return kind == EventKind.DISK_PROCESS_CRASH || kind == EventKind.POWER_LOSS || kind == EventKind.DISK_TORN_WRITE;
    }

    /** A disk's crash at the same time as its node's crash (or a torn write at its power loss) follows from it. */
    private static boolean impliedBy(TraceEvent diskEvent, Action previous) {
        TraceEvent cause = previous.event;
        boolean sameMachine = cause.actor().equals(diskEvent.actor()) && cause.time().equals(diskEvent.time());
        return sameMachine && (cause.kind() == EventKind.CRASH
                || (cause.kind() == EventKind.POWER_LOSS && diskEvent.kind() == EventKind.DISK_TORN_WRITE));
    }

    /**
     * Returns how many actions the fault layers took (consequences not counted).
     *
     * @return the count
     */
    int actions() {
        return actions.size();
    }

    /**
     * Renders the digest: a heading, then each action with its consequences, at most {@code maxActions} actions.
     *
     * @param until where the events stop, for the heading, such as {@code "up to the failure"}
     * @param maxActions how many actions to list before saying how many more there are
     * @return the lines
     */
    List<String> render(String until, int maxActions) {
        List<String> lines = new ArrayList<>();
        if (actions.isEmpty()) {
            lines.add("Faults that fired " + until + ": none" + (consequences == 0 ? "" : " (" + consequences + " consequences)"));
            return lines;
        }
        lines.add("Faults that fired " + until + " (" + actions.size() + " action" + plural(actions.size())
                + (consequences == 0 ? "" : "; " + consequences + " consequence" + plural(consequences) + " grouped under their cause") + "):");
        actions.stream().limit(maxActions).forEach(action -> action.render(lines));
        if (actions.size() > maxActions) {
            lines.add("  ... " + (actions.size() - maxActions) + " more (all in the trace file)");
        }
        return lines;
    }

    private static String line(TraceEvent event) {
        return event.time() + " " + event.kind() + " " + event.actor()
                + (event.peer().isEmpty() ? "" : " -> " + event.peer())
                + (event.detail().isEmpty() ? "" : " " + event.detail());
    }

    private static String plural(int count) {
        return count == 1 ? "" : "s";
    }
}
