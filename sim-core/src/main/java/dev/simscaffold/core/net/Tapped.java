package dev.simscaffold.core.net;

import dev.simscaffold.core.Api;
import java.util.Objects;

/**
 * What a {@link SendTap} makes of one message: the message to deliver (the original, or a corrupted one),
 * to whom (the addressee, or another node), how many copies (0 drops it, 2 duplicates it) and how many ticks
 * later than the network's own delay. A value the network traces and then applies.
 *
 * @param message the message to deliver, not null
 * @param to the node it goes to, not null
 * @param copies how many copies, 0, 1 or 2
 * @param extraDelayTicks ticks added to the network's delay, {@code >= 0}
 * @param by who decided it (a nemesis's span label), noted in the trace, not empty
 * @param <M> the message type
 */
@Api(Api.Status.EXPERIMENTAL)
public record Tapped<M>(M message, NodeId to, int copies, long extraDelayTicks, String by) {

    /**
     * Validates the components, naming the value that is refused.
     *
     * @param message the message
     * @param to the recipient
     * @param copies the copies
     * @param extraDelayTicks the extra delay
     * @param by who decided it
     */
    public Tapped {
        Objects.requireNonNull(message, "tapped message must not be null");
        Objects.requireNonNull(to, "tapped recipient must not be null");
        if (copies < 0 || copies > 2) {
            throw new IllegalArgumentException("tapped copies must be 0, 1 or 2, got " + copies);
        }
        if (extraDelayTicks < 0) {
            throw new IllegalArgumentException("tapped extra delay must be >= 0 ticks, got " + extraDelayTicks);
        }
        if (by == null || by.isEmpty()) {
            throw new IllegalArgumentException("tapped by must name who decided it, got " + (by == null ? "null" : "\"\""));
        }
    }
}
