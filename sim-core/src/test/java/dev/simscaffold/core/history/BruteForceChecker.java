package dev.simscaffold.core.history;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The definitions, executed: try every order of all operations that respects an order between them (real
 * time for linearizability, each client session's own order for sequential consistency), where an indeterminate
 * operation either takes effect in its place or has no effect. No memoisation, no list tricks:
 * exponential, and obviously right, which is what the fast checkers are compared against.
 */
final class BruteForceChecker {

    private BruteForceChecker() {
    }

    static <S, I, O> boolean linearizable(Model<S, I, O> model, History<I, O> history) {
        return exists(model, history, Operation::precedes);
    }

    static <S, I, O> boolean sequentiallyConsistent(Model<S, I, O> model, History<I, O> history) {
        return exists(model, history, (a, b) -> a.client().equals(b.client()) && a.invokeIndex() < b.invokeIndex()
                && noIndeterminateBetween(history, a, b));
    }

    /** An indeterminate operation ends its client's session: it need not precede the client's later operations. */
    private static <I, O> boolean noIndeterminateBetween(History<I, O> history, Operation<I, O> a, Operation<I, O> b) {
        return history.operations().stream().noneMatch(op -> op.client().equals(a.client()) && op.outcome() == OpOutcome.INFO
                && op.invokeIndex() >= a.invokeIndex() && op.invokeIndex() < b.invokeIndex());
    }

    private static <S, I, O> boolean exists(Model<S, I, O> model, History<I, O> history,
            BiPredicate<Operation<I, O>, Operation<I, O>> mustPrecede) {
        List<Operation<I, O>> ops = new ArrayList<>();
        history.operations().stream().filter(op -> op.outcome() != OpOutcome.FAIL).forEach(ops::add);
        return extend(model, model.initialState(), ops, new boolean[ops.size()], 0, mustPrecede);
    }

    private static <S, I, O> boolean extend(Model<S, I, O> model, S state, List<Operation<I, O>> ops, boolean[] placed, int count,
            BiPredicate<Operation<I, O>, Operation<I, O>> mustPrecede) {
        if (count == ops.size()) {
            return true;
        }
        for (int i = 0; i < ops.size(); i++) {
            if (!placed[i] && noUnplacedPredecessor(ops, placed, ops.get(i), mustPrecede)) {
                Operation<I, O> op = ops.get(i);
                List<S> next = new ArrayList<>();
                if (op.outcome() == OpOutcome.INFO) {
                    next.addAll(model.stepIndeterminate(state, op.input()));
                    next.add(state);
                } else {
                    model.step(state, op.input(), op.output()).ifPresent(next::add);
                }
                placed[i] = true;
                for (S after : next) {
                    if (extend(model, after, ops, placed, count + 1, mustPrecede)) {
                        return true;
                    }
                }
                placed[i] = false;
            }
        }
        return false;
    }

    private static <I, O> boolean noUnplacedPredecessor(List<Operation<I, O>> ops, boolean[] placed, Operation<I, O> op,
            BiPredicate<Operation<I, O>, Operation<I, O>> mustPrecede) {
        for (int j = 0; j < ops.size(); j++) {
            if (!placed[j] && mustPrecede.test(ops.get(j), op)) {
                return false;
            }
        }
        return true;
    }
}
