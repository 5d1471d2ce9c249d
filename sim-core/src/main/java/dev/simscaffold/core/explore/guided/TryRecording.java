package dev.simscaffold.core.explore.guided;

import dev.simscaffold.core.check.Choice;
import dev.simscaffold.core.check.ChoiceSequence;
import dev.simscaffold.core.check.ForkPath;
import dev.simscaffold.core.check.Span;
import dev.simscaffold.core.explore.FaultSpans;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything one try drew: the draws of each fork path, the same draws in global order, and the spans that
 * grouped them. The choices alone replay the try ({@link #choices()}); the rest is what mutations cut along.
 *
 * @param streams the draws of each path, in path order
 * @param spans the spans, in the order they opened
 */
record TryRecording(SortedMap<ForkPath, List<Draw>> streams, List<Span> spans) {

    TryRecording {
        TreeMap<ForkPath, List<Draw>> copy = new TreeMap<>();
        for (Map.Entry<ForkPath, List<Draw>> entry : streams.entrySet()) {
            if (!entry.getValue().isEmpty()) {
                copy.put(entry.getKey(), List.copyOf(entry.getValue()));
            }
        }
        streams = Collections.unmodifiableSortedMap(copy);
        spans = List.copyOf(spans);
    }

    /** The choice sequence that replays this try through the property engine (and that its shrinker edits). */
    ChoiceSequence choices() {
        TreeMap<ForkPath, List<Choice>> choices = new TreeMap<>();
        streams.forEach((path, draws) -> choices.put(path, draws.stream().map(Draw::choice).toList()));
        return new ChoiceSequence(choices);
    }

    /** How many draws the try made. */
    int size() {
        int size = 0;
        for (List<Draw> stream : streams.values()) {
            size += stream.size();
        }
        return size;
    }

    /** The draws in the order they were made. */
    Draw[] inOrder() {
        Draw[] ordered = new Draw[size()];
        for (List<Draw> stream : streams.values()) {
            for (Draw draw : stream) {
                ordered[draw.global()] = draw;
            }
        }
        return ordered;
    }

    /** The values of every path, the plan that replays the try as it was. */
    TreeMap<ForkPath, List<Long>> values() {
        TreeMap<ForkPath, List<Long>> values = new TreeMap<>();
        streams.forEach((path, draws) -> {
            List<Long> stream = new ArrayList<>(draws.size());
            draws.forEach(draw -> stream.add(draw.value()));
            values.put(path, stream);
        });
        return values;
    }

    /**
     * The fault actions that happened: fault spans whose first draw, the decision, said yes. A decision that said
     * no is not an action (the property engine drops such spans for the same reason).
     */
    List<Span> firedFaults() {
        Draw[] ordered = inOrder();
        List<Span> fired = new ArrayList<>();
        for (Span span : spans) {
            if (FaultSpans.isFault(span.label()) && span.size() > 0 && ordered[span.start()].value() != 0) {
                fired.add(span);
            }
        }
        return fired;
    }

    /** The spans that drew at least once. */
    List<Span> nonEmptySpans() {
        return spans.stream().filter(span -> span.size() > 0).toList();
    }
}
