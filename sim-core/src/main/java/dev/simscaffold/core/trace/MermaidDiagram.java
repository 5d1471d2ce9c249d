package dev.simscaffold.core.trace;

import dev.simscaffold.core.Api;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Renders a window of a trace as a Mermaid {@code sequenceDiagram}, which GitHub renders inline in
 * Markdown: deliveries as arrows, drops and partition-blocked messages as crossed arrows, timers,
 * crashes, restarts and pauses as notes on the node, partitions and violations as notes across all.
 *
 * <p>A diagram stays readable only when small, so it is capped: at most {@code maxParticipants} nodes
 * (the first by name; events touching others are elided) and {@code maxEvents} rendered events (later
 * ones are elided). A final note says how many events were elided and why. {@code SEND} events are not
 * drawn: each message appears once, when it is delivered, dropped or blocked. All text is escaped with
 * Mermaid entity codes and long labels are shortened, so message contents cannot break the diagram.
 */
@Api(Api.Status.EXPERIMENTAL)
public final class MermaidDiagram {

    /** The default cap on rendered events. */
    public static final int DEFAULT_MAX_EVENTS = 150;
    /** The default cap on participants. */
    public static final int DEFAULT_MAX_PARTICIPANTS = 10;
    /** Labels longer than this many characters are shortened. */
    public static final int MAX_LABEL_LENGTH = 60;

    private static final Comparator<String> NATURAL = Comparator.comparingInt(String::length).thenComparing(s -> s);

    private MermaidDiagram() {
    }

    /**
     * Renders events with the default caps.
     *
     * @param events the window to render, oldest first (for example {@code trace.tail(50)})
     * @return the diagram source, starting with {@code sequenceDiagram}
     */
    public static String render(List<TraceEvent> events) {
        return render(events, DEFAULT_MAX_EVENTS, DEFAULT_MAX_PARTICIPANTS);
    }

    /**
     * Renders events as a Markdown fenced {@code mermaid} block, ready to paste into an issue or write
     * next to a failure report.
     *
     * @param events the window to render, oldest first
     * @return the fenced block
     */
    public static String markdown(List<TraceEvent> events) {
        return "```mermaid\n" + render(events) + "```\n";
    }

    /**
     * Renders events with explicit caps.
     *
     * @param events the window to render, oldest first
     * @param maxEvents the most events to draw, {@code >= 1}
     * @param maxParticipants the most participants to draw, {@code >= 1}
     * @return the diagram source, starting with {@code sequenceDiagram}
     */
    public static String render(List<TraceEvent> events, int maxEvents, int maxParticipants) {
        if (maxEvents < 1) {
            throw new IllegalArgumentException("maxEvents must be >= 1, got " + maxEvents);
        }
        if (maxParticipants < 1) {
            throw new IllegalArgumentException("maxParticipants must be >= 1, got " + maxParticipants);
        }
        Map<String, String> aliases = participants(events, maxParticipants);
        List<String> lines = new ArrayList<>();
        int drawn = 0;
        int overParticipants = 0;
        int overCount = 0;
        for (TraceEvent event : events) {
            if (event.kind() == EventKind.SEND) {
                continue;
            }
            if (drawn == maxEvents) {
                overCount++;
                continue;
            }
            String line = line(event, aliases);
            if (line == null) {
                overParticipants++;
                continue;
            }
            lines.add(line);
            drawn++;
        }
        StringBuilder out = new StringBuilder("sequenceDiagram\n");
        for (Map.Entry<String, String> participant : aliases.entrySet()) {
            out.append("    participant ").append(participant.getValue()).append(" as ")
                    .append(escape(participant.getKey())).append('\n');
        }
        for (String line : lines) {
            out.append("    ").append(line).append('\n');
        }
        if ((overCount > 0 || overParticipants > 0) && !aliases.isEmpty()) {
            out.append("    Note over ").append(span(aliases)).append(": ")
                    .append(escape(elisionText(overCount, overParticipants, maxEvents, maxParticipants))).append('\n');
        }
        return out.toString();
    }

    private static String elisionText(int overCount, int overParticipants, int maxEvents, int maxParticipants) {
        List<String> parts = new ArrayList<>();
        if (overCount > 0) {
            parts.add(overCount + " later events elided (cap " + maxEvents + ")");
        }
        if (overParticipants > 0) {
            parts.add(overParticipants + " events of other nodes elided (cap " + maxParticipants + " participants)");
        }
        return String.join(", ", parts);
    }

    private static Map<String, String> participants(List<TraceEvent> events, int max) {
        TreeSet<String> names = new TreeSet<>(NATURAL);
        for (TraceEvent event : events) {
            if (onNode(event.kind())) {
                names.add(event.actor());
                if (!event.peer().isEmpty()) {
                    names.add(event.peer());
                }
            }
        }
        Map<String, String> aliases = new TreeMap<>(NATURAL);
        for (String name : names) {
            if (aliases.size() == max) {
                break;
            }
            aliases.put(name, "p" + aliases.size());
        }
        return aliases;
    }

    private static boolean onNode(EventKind kind) {
        return switch (kind) {
            case PARTITION, HEAL, VIOLATION, NOTE, TIME_ADVANCED, CLOCK_JUMP -> false;
            default -> true;
        };
    }

    private static String line(TraceEvent event, Map<String, String> aliases) {
        if (!onNode(event.kind())) {
            if (aliases.isEmpty()) {
                return null;
            }
            return "Note over " + span(aliases) + ": " + escape(label(event.kind() + " " + event.detail()));
        }
        String actor = aliases.get(event.actor());
        String peer = event.peer().isEmpty() ? actor : aliases.get(event.peer());
        if (actor == null || peer == null) {
            return null;
        }
        return switch (event.kind()) {
            case DELIVER -> actor + "->>" + peer + ": " + escape(label(event.detail()));
            case RECEIVE -> peer + "->>" + actor + ": " + escape(label(event.detail()));
            case DROP -> actor + "-x" + peer + ": " + escape(label("dropped " + event.detail()));
            case PARTITION_BLOCKED -> actor + "-x" + peer + ": " + escape(label("blocked " + event.detail()));
            default -> "Note over " + (actor.equals(peer) ? actor : actor + "," + peer) + ": "
                    + escape(label(event.time() + " " + event.kind() + (event.detail().isEmpty() ? "" : " " + event.detail())));
        };
    }

    private static String span(Map<String, String> aliases) {
        String first = aliases.values().iterator().next();
        String last = "p" + (aliases.size() - 1);
        return first.equals(last) ? first : first + "," + last;
    }

    private static String label(String text) {
        if (text.codePointCount(0, text.length()) <= MAX_LABEL_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_LABEL_LENGTH - 3)) + "...";
    }

    /**
     * Escapes text for a Mermaid label: letters, digits, spaces and a few harmless punctuation marks
     * stay; everything else (including {@code ;}, {@code #}, {@code :}, angle brackets, line breaks
     * and non-ASCII) becomes a numeric entity code such as {@code #59;}.
     *
     * @param text any text
     * @return the escaped text
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || " .,_=()[]+-/*'!?@$^~|".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('#').append(c).append(';');
            }
        });
        return out.toString();
    }
}
