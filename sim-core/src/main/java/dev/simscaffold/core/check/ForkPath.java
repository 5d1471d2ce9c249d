package dev.simscaffold.core.check;

import dev.simscaffold.core.Api;
import java.util.ArrayList;
import java.util.List;

/**
 * The chain of fork purposes that leads from a run's root stream to one derived stream, such as
 * {@code sim/effects}. The choice sequence keeps one sub-sequence per path, so draws made by one
 * consumer never shift the choices another consumer replays.
 *
 * @param purposes the fork purposes from the root, outermost first; empty for the root stream
 */
@Api(Api.Status.EXPERIMENTAL)
public record ForkPath(List<String> purposes) implements Comparable<ForkPath> {

    /** The root stream: the one a property's generator draws from. */
    public static final ForkPath ROOT = new ForkPath(List.of());

    /**
     * Validates the components; the message of any failure names the bad purpose.
     *
     * @param purposes the {@code purposes} component, each a non-empty name
     */
    public ForkPath {
        purposes = List.copyOf(purposes);
        for (String purpose : purposes) {
            if (purpose.isEmpty()) {
                throw new IllegalArgumentException("fork purposes must be non-empty names, got " + purposes);
            }
        }
    }

    /**
     * Returns the path of the stream forked from this one for a purpose.
     *
     * @param purpose the fork purpose, non-empty
     * @return the child path
     */
    public ForkPath child(String purpose) {
        List<String> extended = new ArrayList<>(purposes);
        extended.add(purpose);
        return new ForkPath(extended);
    }

    /** Orders paths segment by segment, a prefix before its extensions, so the root comes first. */
    @Override
    public int compareTo(ForkPath other) {
        int shared = Math.min(purposes.size(), other.purposes.size());
        for (int i = 0; i < shared; i++) {
            int order = purposes.get(i).compareTo(other.purposes.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(purposes.size(), other.purposes.size());
    }

    /** Renders the root as {@code root} and other paths as their purposes joined by {@code /}. */
    @Override
    public String toString() {
        return purposes.isEmpty() ? "root" : String.join("/", purposes);
    }
}
