package dev.simscaffold.core.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The definition of linearizability, executed: try every order of the operations that respects real time,
 * in which each indeterminate operation appears or not. No memoisation, no list tricks: exponential, and
 * obviously right, which is what the fast checker is compared against.
 */
final class BruteForceChecker {

    private BruteForceChecker() {
    }

    static <S, I, O> boolean linearizable(Model<S, I, O> model, History<I, O> history) {
        List<Operation<I, O>> ops = new ArrayList<>();
        history.operations().stream().filter(op -> op.outcome() != OpOutcome.FAIL).forEach(ops::add);
        return extend(model, model.initialState(), ops, new boolean[ops.size()]);
    }

    private static <S, I, O> boolean extend(Model<S, I, O> model, S state, List<Operation<I, O>> ops, boolean[] placed) {
        if (allDeterminatePlaced(ops, placed)) {
            return true;
        }
        for (int i = 0; i < ops.size(); i++) {
            if (!placed[i] && noUnplacedPredecessor(ops, placed, ops.get(i))) {
                Operation<I, O> op = ops.get(i);
                List<S> next = op.outcome() == OpOutcome.INFO
                        ? model.stepIndeterminate(state, op.input())
                        : optionalToList(model.step(state, op.input(), op.output()));
                placed[i] = true;
                for (S after : next) {
                    if (extend(model, after, ops, placed)) {
                        return true;
                    }
                }
                placed[i] = false;
            }
        }
        return false;
    }

    private static <I, O> boolean allDeterminatePlaced(List<Operation<I, O>> ops, boolean[] placed) {
        for (int i = 0; i < ops.size(); i++) {
            if (!placed[i] && ops.get(i).outcome() == OpOutcome.OK) {
                return false;
            }
        }
        return true;
    }

    private static <I, O> boolean noUnplacedPredecessor(List<Operation<I, O>> ops, boolean[] placed, Operation<I, O> op) {
        for (int j = 0; j < ops.size(); j++) {
            if (!placed[j] && ops.get(j).precedes(op)) {
                return false;
            }
        }
        return true;
    }

    private static <S> List<S> optionalToList(Optional<S> state) {
        return state.map(List::of).orElse(List.of());
    }
}
