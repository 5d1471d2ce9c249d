package dev.simscaffold.core.check;

import dev.simscaffold.core.Api;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one top-level span of a run decided: the choices it made on every path that were not the
 * simplest value, such as the "more?" and element of a list entry, or the clock jump and the dropped
 * effect of a harness step. A report lists these to explain a shrunk run span by span.
 *
 * @param span the span
 * @param ordinal its place among the spans of its label, from 1
 * @param choices its non-simplest choices per path, in path order
 */
@Api(Api.Status.EXPERIMENTAL)
public record SpanDecisions(Span span, int ordinal, SortedMap<ForkPath, List<Choice>> choices) {

    /**
     * Copies the choices into an immutable map.
     *
     * @param span the span, not null
     * @param ordinal its place among the spans of its label, {@code >= 1}
     * @param choices its non-simplest choices per path
     */
    public SpanDecisions {
        if (span == null) {
            throw new NullPointerException("span must not be null");
        }
        TreeMap<ForkPath, List<Choice>> copy = new TreeMap<>();
        for (Map.Entry<ForkPath, List<Choice>> entry : choices.entrySet()) {
            copy.put(entry.getKey(), List.copyOf(entry.getValue()));
        }
        choices = Collections.unmodifiableSortedMap(copy);
    }

    /** Renders {@code harness.step #3: clock [T, 2]; effects [T]}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(span.label()).append(" #").append(ordinal).append(':');
        String separator = " ";
        for (Map.Entry<ForkPath, List<Choice>> entry : choices.entrySet()) {
            text.append(separator).append(entry.getKey()).append(' ').append(entry.getValue());
            separator = "; ";
        }
        return text.toString();
    }
}
