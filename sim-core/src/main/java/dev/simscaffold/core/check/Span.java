package dev.simscaffold.core.check;

import dev.simscaffold.core.Api;
import dev.simscaffold.core.internal.Require;

/**
 * A unit of work in one run (a list element, a harness step, a network event) as the range of draws it
 * made, counted in the order the draws happened across every fork path. A span owns the draws of all
 * streams made while it was open, which is what lets shrinking delete a harness step together with the
 * clock and fault decisions it drew from other forks.
 *
 * @param label what kind of unit it is, such as {@code "list.element"} or {@code "harness.step"}
 * @param start the global index of its first draw
 * @param end one past the global index of its last draw; {@code end == start} for a span that drew nothing
 * @param depth how many spans enclosed it when it opened, 0 for a top-level span
 */
@Api(Api.Status.EXPERIMENTAL)
public record Span(String label, int start, int end, int depth) {

    /**
     * Validates the components; the message of any failure names the bad component and value.
     *
     * @param label what kind of unit it is, not empty
     * @param start the first draw, {@code >= 0}
     * @param end one past the last draw, {@code >= start}
     * @param depth the nesting depth, {@code >= 0}
     */
    public Span {
        Require.present("label", label);
        Require.nonNegative("start", start);
        Require.ordered("start", start, "end", end);
        Require.nonNegative("depth", depth);
    }

    /**
     * Returns how many draws the span made, over all streams.
     *
     * @return the count
     */
    public int size() {
        return end - start;
    }

    /**
     * Returns whether a draw with this global index was made inside the span.
     *
     * @param globalIndex the draw's index in the run's global order
     * @return true if it lies in {@code [start, end)}
     */
    public boolean contains(int globalIndex) {
        return globalIndex >= start && globalIndex < end;
    }
}
