package dev.simscaffold.core.history;

import dev.simscaffold.core.Api;
import java.util.List;
import java.util.OptionalInt;

/**
 * The history violates the property: one partition has no order the model accepts. The verdict stands on
 * its own; the {@link Explanation} says why, as far as its budget allowed, and is empty when the check was
 * asked for the verdict only.
 *
 * @param <I> the input type
 * @param <O> the output type
 * @param property what was checked ({@code "linearizable"})
 * @param model the model's name
 * @param partition the key of the partition that broke
 * @param partitionHistory the operations of that partition that were searched
 * @param undecided the partitions not decided when the check stopped at the violated one (they exhausted
 *        their budget in an earlier round, or were not reached at full budget); empty when every other
 *        partition passed
 * @param explanation why the partition fails
 * @param steps search steps taken, explanation included
 */
@Api(Api.Status.EXPERIMENTAL)
public record Inconsistent<I, O>(String property, String model, Object partition, History<I, O> partitionHistory,
        List<Object> undecided, Explanation<I, O> explanation, long steps) implements CheckResult<I, O> {

    /** How many operations of the prefix's order a report lists. */
    private static final int LISTED = 20;

    /**
     * Copies the list.
     *
     * @param property what was checked
     * @param model the model's name
     * @param partition the partition that broke
     * @param partitionHistory its operations
     * @param undecided the partitions not decided, copied
     * @param explanation why it broke
     * @param steps the search steps taken
     */
    public Inconsistent {
        undecided = List.copyOf(undecided);
    }

    @Override
    public Verdict verdict() {
        return Verdict.VIOLATED;
    }

    /**
     * Returns the operation at which the partition first fails.
     *
     * @return the operation
     * @throws IllegalStateException naming why it was not computed
     */
    public Operation<I, O> first() {
        return explanation.first().orElseThrow(this::notComputed);
    }

    /**
     * Returns the history event at which the first impossible operation completed (its
     * {@link Operation#completeIndex()}): nothing after it is needed for the history to fail.
     *
     * @return the event index, or empty when the explanation was not computed (a verdict-only check, or a budget ran out)
     */
    public OptionalInt firstImpossibleEvent() {
        return explanation.first().map(op -> OptionalInt.of(op.completeIndex())).orElse(OptionalInt.empty());
    }

    /**
     * Returns the longest prefix of the partition that passes.
     *
     * @return the prefix
     * @throws IllegalStateException naming why it was not computed
     */
    public History<I, O> longestPrefix() {
        return explanation.longestPrefix().orElseThrow(this::notComputed);
    }

    /**
     * Returns an order of the longest prefix that the model accepts (empty when not computed).
     *
     * @return the order
     */
    public List<Operation<I, O>> prefixOrder() {
        return explanation.prefixOrder();
    }

    /**
     * Returns the minimal failing sub-history (see {@link Explanation#minimal()}).
     *
     * @return the sub-history
     * @throws IllegalStateException naming why it was not computed
     */
    public History<I, O> minimal() {
        return explanation.minimal().orElseThrow(this::notComputed);
    }

    private IllegalStateException notComputed() {
        return new IllegalStateException("not computed: " + String.join("; ", explanation.notComputed()));
    }

    @Override
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append("history is not ").append(property).append(" against ").append(model).append(" (partition ")
                .append(partition).append(", ").append(partitionHistory.size()).append(" operations)\n");
        if (!undecided.isEmpty()) {
            text.append("partitions not decided when the check stopped at this one: ").append(undecided).append('\n');
        }
        explanation.first().ifPresent(first -> text.append("first operation that cannot be ").append(verb()).append(":\n  ")
                .append(first.describe()).append('\n'));
        explanation.longestPrefix().ifPresent(prefix -> {
            text.append("longest ").append(property).append(" prefix: ").append(prefix.size()).append(" operations, ").append(verb())
                    .append(" as:\n");
            prefixOrder().stream().limit(LISTED).forEach(op -> text.append("  ").append(op.describe()).append('\n'));
            if (prefixOrder().size() > LISTED) {
                text.append("  ... ").append(prefixOrder().size() - LISTED).append(" more\n");
            }
        });
        explanation.minimal().ifPresent(minimal -> text.append(explanation.minimalComplete() ? "minimal" : "shrunk (not minimal)")
                .append(" sub-history that is not ").append(property).append(" (").append(minimal.size()).append(" operations):\n")
                .append(minimal.toText()));
        explanation.causes().forEach(cause -> text.append(cause).append('\n'));
        explanation.notComputed().forEach(missing -> text.append(missing).append('\n'));
        return text.toString();
    }

    /**
     * Renders the minimal sub-history as a Mermaid timeline, one lane per client, the first operation that
     * cannot be placed marked critical; without an explanation, a sentence saying why there is none.
     *
     * @return Markdown with a {@code mermaid} block, or the reason there is none
     */
    public String minimalTimeline() {
        if (explanation.minimal().isEmpty() || explanation.first().isEmpty()) {
            return "no timeline: " + String.join("; ", explanation.notComputed()) + "\n";
        }
        return HistoryTimeline.markdown(minimal(), first().id(), "minimal sub-history that is not " + property);
    }

    private String verb() {
        return "linearizable".equals(property) ? "linearized" : "ordered";
    }
}
