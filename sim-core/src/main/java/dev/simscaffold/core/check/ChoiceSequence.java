package dev.simscaffold.core.check;

import dev.simscaffold.core.Api;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every random decision of one run, as one sub-sequence of {@link Choice}s per {@link ForkPath}.
 * Replaying the sequence replays the run; shrinking edits it.
 *
 * <p>Sequences are ordered by simplicity: first by how many choices are not the simplest value (0 or
 * false), then <em>shortlex</em> as in Hypothesis: fewer choices, then the values (concatenated in path
 * order, compared unsigned) lexicographically. Counting non-zero choices first matters for faults: a
 * dropped message skips the draws that would have decided its delay and duplication, so pure shortlex
 * would prefer three drops to one drop among two deliveries; counting decisions that did something
 * prefers the run with the fewest faults. It is a total order on a finite set (runs have a choice
 * limit), which is what guarantees that shrinking, which only accepts strictly simpler sequences,
 * terminates.
 *
 * @param streams the choices of each fork path that drew at least once, in path order
 */
@Api(Api.Status.EXPERIMENTAL)
public record ChoiceSequence(SortedMap<ForkPath, List<Choice>> streams) implements Comparable<ChoiceSequence> {

    /** The sequence of a run that drew nothing. */
    public static final ChoiceSequence EMPTY = new ChoiceSequence(new TreeMap<>());

    /**
     * Copies the streams into an immutable, canonical form (empty streams are dropped).
     *
     * @param streams the {@code streams} component
     */
    public ChoiceSequence {
        TreeMap<ForkPath, List<Choice>> copy = new TreeMap<>();
        for (Map.Entry<ForkPath, List<Choice>> entry : streams.entrySet()) {
            if (!entry.getValue().isEmpty()) {
                copy.put(entry.getKey(), List.copyOf(entry.getValue()));
            }
        }
        streams = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * Returns the sequence that draws only from the root stream.
     *
     * @param choices the root stream's choices
     * @return the sequence
     */
    public static ChoiceSequence ofRoot(List<Choice> choices) {
        TreeMap<ForkPath, List<Choice>> streams = new TreeMap<>();
        streams.put(ForkPath.ROOT, choices);
        return new ChoiceSequence(streams);
    }

    /**
     * Returns the choices drawn through one fork path.
     *
     * @param path the path
     * @return its choices, empty if it never drew
     */
    public List<Choice> stream(ForkPath path) {
        return streams.getOrDefault(path, List.of());
    }

    /**
     * Returns how many choices the run made, over all paths.
     *
     * @return the total count
     */
    public int size() {
        int size = 0;
        for (List<Choice> stream : streams.values()) {
            size += stream.size();
        }
        return size;
    }

    /**
     * Returns the sequence as a short, shell-safe text that {@link PropertyRunner#recheck} (and
     * sim-testkit's {@code -Dsim.replay}) replays exactly.
     *
     * @return the encoded values
     */
    public String encoded() {
        return ChoiceCodec.encode(this);
    }

    /**
     * Returns whether this sequence is strictly simpler than another in shortlex order.
     *
     * @param other the sequence to compare with
     * @return true if this one comes first
     */
    public boolean isSimplerThan(ChoiceSequence other) {
        return compareTo(other) < 0;
    }

    /** Non-simplest count first, then total size, then the values of all paths in order, unsigned. */
    @Override
    public int compareTo(ChoiceSequence other) {
        int byActive = Integer.compare(nonSimplest(), other.nonSimplest());
        if (byActive != 0) {
            return byActive;
        }
        int bySize = Integer.compare(size(), other.size());
        if (bySize != 0) {
            return bySize;
        }
        List<Long> mine = flatValues();
        List<Long> theirs = other.flatValues();
        for (int i = 0; i < mine.size(); i++) {
            int byValue = Long.compareUnsigned(mine.get(i), theirs.get(i));
            if (byValue != 0) {
                return byValue;
            }
        }
        return 0;
    }

    /**
     * Returns how many choices are not the simplest value of their kind: the decisions that did
     * something, such as a true "more?" or an injected fault.
     *
     * @return the count
     */
    public int nonSimplest() {
        int count = 0;
        for (List<Choice> stream : streams.values()) {
            for (Choice choice : stream) {
                if (!choice.isSimplest()) {
                    count++;
                }
            }
        }
        return count;
    }

    private List<Long> flatValues() {
        List<Long> values = new ArrayList<>(size());
        for (List<Choice> stream : streams.values()) {
            for (Choice choice : stream) {
                values.add(choice.value());
            }
        }
        return values;
    }

    /** Renders one {@code path: [choices]} entry per path, separated by {@code "; "}. */
    @Override
    public String toString() {
        if (streams.isEmpty()) {
            return "(no choices)";
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<ForkPath, List<Choice>> entry : streams.entrySet()) {
            parts.add(entry.getKey() + ": " + entry.getValue());
        }
        return String.join("; ", parts);
    }
}
