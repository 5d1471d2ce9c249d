package dev.simscaffold.core.history;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Depth-first search for a sequentially consistent order: one total order the model accepts that keeps
 * each client's operations in the order the client issued them, ignoring real time between clients. A
 * configuration is how far each client has got plus the model state; configurations seen before are
 * skipped. An indeterminate operation may take effect in its place in its client's order, or never; as in
 * Jepsen, where a process that does not know its operation's fate is replaced by a new one, it ends its
 * client's session, and the client's later operations form a new one (the operation may still take effect
 * after them, as it may under linearizability).
 */
final class SequentialSearch<S, I, O> {

    /** Where the search stands, and the operation that took effect to get there ({@code null} for the start and a skipped indeterminate one). */
    private record Node<S, I, O>(int[] positions, S state, Operation<I, O> via) {
        Configuration configuration() {
            long[] done = new long[positions.length];
            for (int c = 0; c < positions.length; c++) {
                done[c] = positions[c];
            }
            return new Configuration(done, state);
        }
    }

    private final Model<S, I, O> model;
    private final List<List<Operation<I, O>>> byClient;

    private SequentialSearch(Model<S, I, O> model, List<Operation<I, O>> ops) {
        this.model = model;
        Map<String, Integer> sessions = new LinkedHashMap<>();
        Map<String, List<Operation<I, O>>> clients = new LinkedHashMap<>();
        for (Operation<I, O> op : ops.stream().sorted(Comparator.comparingInt(Operation::invokeIndex)).toList()) {
            int session = sessions.getOrDefault(op.client(), 0);
            clients.computeIfAbsent(op.client() + "#" + session, c -> new ArrayList<>()).add(op);
            if (op.outcome() == OpOutcome.INFO) {
                sessions.put(op.client(), session + 1);
            }
        }
        this.byClient = List.copyOf(clients.values());
    }

    static <S, I, O> SearchOutcome<I, O> run(Model<S, I, O> model, List<Operation<I, O>> ops, long maxSteps, int memoLimit) {
        return new SequentialSearch<>(model, ops).search(maxSteps, memoLimit);
    }

    /** Searches; the memo is bounded as in {@link WglSearch}. */
    private SearchOutcome<I, O> search(long maxSteps, int memoLimit) {
        Set<Configuration> seen = new LinkedHashSet<>();
        Deque<List<Node<S, I, O>>> frontier = new ArrayDeque<>();
        Deque<Node<S, I, O>> path = new ArrayDeque<>();
        Node<S, I, O> start = new Node<>(new int[byClient.size()], model.initialState(), null);
        seen.add(start.configuration());
        path.push(start);
        frontier.push(new ArrayList<>(successors(start)));
        long steps = 0;
        while (!frontier.isEmpty()) {
            if (finished(path.peek().positions())) {
                List<Operation<I, O>> order = new ArrayList<>();
                path.descendingIterator().forEachRemaining(node -> {
                    if (node.via() != null) {
                        order.add(node.via());
                    }
                });
                return new SearchOutcome<>(Verdict.OK, steps, List.copyOf(order));
            }
            if (++steps > maxSteps) {
                return new SearchOutcome<>(Verdict.UNKNOWN, steps - 1, List.of());
            }
            List<Node<S, I, O>> options = frontier.peek();
            if (options.isEmpty()) {
                frontier.pop();
                path.pop();
                continue;
            }
            Node<S, I, O> next = options.remove(0);
            Configuration reached = next.configuration();
            if (seen.size() < memoLimit ? seen.add(reached) : !seen.contains(reached)) {
                path.push(next);
                frontier.push(new ArrayList<>(successors(next)));
            }
        }
        return new SearchOutcome<>(Verdict.VIOLATED, steps, List.of());
    }

    private boolean finished(int[] positions) {
        for (int c = 0; c < positions.length; c++) {
            if (positions[c] < byClient.get(c).size()) {
                return false;
            }
        }
        return true;
    }

    private List<Node<S, I, O>> successors(Node<S, I, O> node) {
        List<Node<S, I, O>> next = new ArrayList<>();
        for (int c = 0; c < byClient.size(); c++) {
            int position = node.positions()[c];
            if (position == byClient.get(c).size()) {
                continue;
            }
            Operation<I, O> op = byClient.get(c).get(position);
            int[] advanced = node.positions().clone();
            advanced[c]++;
            if (op.outcome() == OpOutcome.INFO) {
                model.stepIndeterminate(node.state(), op.input()).forEach(state -> next.add(new Node<>(advanced, state, op)));
                next.add(new Node<>(advanced, node.state(), null));
            } else if (op.outcome() == OpOutcome.FAIL) {
                model.stepFailed(node.state(), op.input()).ifPresent(state -> next.add(new Node<>(advanced, state, op)));
            } else {
                model.step(node.state(), op.input(), op.output()).ifPresent(state -> next.add(new Node<>(advanced, state, op)));
            }
        }
        return next;
    }
}
