package dev.simscaffold.core.history;

import java.util.List;

/**
 * The history violates the property, with the evidence a reader needs: the operation at which it first
 * breaks, the longest prefix that still satisfies it (and an order that shows it does), and a minimal
 * sub-history that violates it on its own.
 *
 * @param <I> the input type
 * @param <O> the output type
 * @param property what was checked ({@code "linearizable"})
 * @param model the model's name
 * @param partition the key of the partition that broke
 * @param partitionHistory the operations of that partition
 * @param first the operation whose completion first makes the history unsatisfiable: the prefix of events up
 *        to it is fine, the prefix that includes its completion is not
 * @param longestPrefix the history cut just before {@code first} completed (operations in flight there are
 *        indeterminate)
 * @param prefixOrder an order of the longest prefix's operations the model accepts
 * @param minimal a sub-history of the partition that violates the property and from which no single
 *        operation can be deleted without it passing (shrunk by deleting operations)
 * @param steps search steps taken, failure analysis included
 */
public record Inconsistent<I, O>(String property, String model, Object partition, History<I, O> partitionHistory,
        Operation<I, O> first, History<I, O> longestPrefix, List<Operation<I, O>> prefixOrder, History<I, O> minimal,
        long steps) implements CheckResult<I, O> {

    /** How many operations of the prefix's order a report lists. */
    private static final int LISTED = 20;

    @Override
    public Verdict verdict() {
        return Verdict.VIOLATED;
    }

    @Override
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append("history is not ").append(property).append(" against ").append(model).append(" (partition ")
                .append(partition).append(", ").append(partitionHistory.size()).append(" operations)\n");
        text.append("first operation that cannot be ").append(verb()).append(":\n  ").append(first.describe()).append('\n');
        text.append("longest ").append(property).append(" prefix: ").append(longestPrefix.size()).append(" operations, ")
                .append(verb()).append(" as:\n");
        prefixOrder.stream().limit(LISTED).forEach(op -> text.append("  ").append(op.describe()).append('\n'));
        if (prefixOrder.size() > LISTED) {
            text.append("  ... ").append(prefixOrder.size() - LISTED).append(" more\n");
        }
        text.append("minimal sub-history that is not ").append(property).append(" (").append(minimal.size())
                .append(" operations):\n").append(minimal.toText());
        return text.toString();
    }

    /**
     * Renders the minimal sub-history as a Mermaid timeline, one lane per client, the first operation that
     * cannot be placed marked critical.
     *
     * @return Markdown with a {@code mermaid} block
     */
    public String minimalTimeline() {
        return HistoryTimeline.markdown(minimal, first.id(), "minimal sub-history that is not " + property);
    }

    private String verb() {
        return "linearizable".equals(property) ? "linearized" : "ordered";
    }
}
