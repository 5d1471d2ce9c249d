package dev.simscaffold.core.history;

import dev.simscaffold.core.Api;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The operations clients performed against a system, each with its invocation and completion, in the
 * shape Jepsen and Porcupine check. Build one with {@link #builder()} (by hand) or a
 * {@link HistoryRecorder} (from a simulation), check it with {@link HistoryChecker}, and render it
 * with {@link #toText()} or {@link HistoryTimeline}.
 *
 * @param <I> the input type
 * @param <O> the output type
 */
@Api(Api.Status.EXPERIMENTAL)
public final class History<I, O> {
    private final List<Operation<I, O>> operations;

    private History(List<Operation<I, O>> operations) {
        this.operations = operations;
    }

    /**
     * Starts a history.
     *
     * @param <I> the input type
     * @param <O> the output type
     * @return an empty builder
     */
    public static <I, O> HistoryBuilder<I, O> builder() {
        return new HistoryBuilder<>();
    }

    /**
     * Makes a history of operations, such as a sub-history of another.
     *
     * @param <I> the input type
     * @param <O> the output type
     * @param operations the operations; their event indices must be distinct
     * @return the history, operations in invocation order
     * @throws IllegalArgumentException when two events share an index
     */
    public static <I, O> History<I, O> of(List<Operation<I, O>> operations) {
        List<Operation<I, O>> sorted = new ArrayList<>(operations);
        sorted.forEach(op -> Objects.requireNonNull(op, "operation"));
        sorted.sort(Comparator.comparingInt(Operation::invokeIndex));
        Set<Integer> indices = new LinkedHashSet<>();
        for (Operation<I, O> op : sorted) {
            if (!indices.add(op.invokeIndex()) || !indices.add(op.completeIndex())) {
                throw new IllegalArgumentException("operation " + op.id() + " shares an event index with another operation: "
                        + op.describe());
            }
        }
        return new History<>(List.copyOf(sorted));
    }

    /**
     * Returns the operations in invocation order.
     *
     * @return the operations
     */
    public List<Operation<I, O>> operations() {
        return operations;
    }

    /**
     * Returns how many operations the history holds.
     *
     * @return the count
     */
    public int size() {
        return operations.size();
    }

    /**
     * Returns the clients, in the order of their first invocation.
     *
     * @return the client ids
     */
    public List<String> clients() {
        Set<String> clients = new LinkedHashSet<>();
        operations.forEach(op -> clients.add(op.client()));
        return List.copyOf(clients);
    }

    /**
     * Returns how many operations ended each way.
     *
     * @param outcome an outcome
     * @return the number of operations with it
     */
    public long count(OpOutcome outcome) {
        return operations.stream().filter(op -> op.outcome() == outcome).count();
    }

    /**
     * Renders the history, one operation a line in invocation order.
     *
     * @return the text
     */
    public String toText() {
        StringBuilder text = new StringBuilder();
        operations.forEach(op -> text.append("  ").append(op.describe()).append('\n'));
        return text.toString();
    }

    @Override
    public String toString() {
        return "History[" + operations.size() + " operations, " + clients().size() + " clients]";
    }
}
