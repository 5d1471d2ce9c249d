package dev.simscaffold.core.trace;

import dev.simscaffold.core.Api;
import java.util.List;

/** Renders trace events as a plain-text timeline, the form failure reports print. */
@Api(Api.Status.EXPERIMENTAL)
public final class Timeline {

    private Timeline() {
    }

    /**
     * Renders events one per line, in the order given.
     *
     * @param events the events
     * @return the timeline, each line ending in a newline
     */
    public static String render(List<TraceEvent> events) {
        StringBuilder text = new StringBuilder();
        for (TraceEvent event : events) {
            text.append("  ").append(event.toLine()).append('\n');
        }
        return text.toString();
    }
}
