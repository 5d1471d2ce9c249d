package dev.simscaffold.core.history;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Names, in words, what a minimal failing sub-history violates. For each real-time order between two of
 * its operations that no third operation sits between (a completed before b was invoked), the order is
 * relaxed by letting b start just before a completed; when that alone makes the operations pass, the order
 * is one the outputs cannot keep, and a sentence says so. When no order is to blame, the sentence says the
 * outputs are impossible whatever the timing.
 */
final class RealTimeCauses {

    private RealTimeCauses() {
    }

    /**
     * Explains a failing sub-history.
     *
     * @param minimal the operations, failing
     * @param check the search of the explanation, a verdict for operations
     * @return the sentences; empty when a search did not decide
     */
    static <I, O> List<String> of(List<Operation<I, O>> minimal, Function<List<Operation<I, O>>, Verdict> check) {
        List<String> causes = new ArrayList<>();
        for (Operation<I, O> a : minimal) {
            for (Operation<I, O> b : minimal) {
                if (covers(minimal, a, b) && check.apply(relaxed(minimal, a, b)) == Verdict.OK) {
                    causes.add("real-time order violated: " + name(a) + " completed at t=" + a.completeTime() + " before " + name(b)
                            + " was invoked at t=" + b.invokeTime() + ", yet the outputs can only be explained if " + name(b)
                            + " took effect before " + name(a) + " completed");
                }
            }
        }
        if (causes.isEmpty()) {
            Verdict timeless = check.apply(FailureAnalysis.concurrent(minimal));
            if (timeless == Verdict.VIOLATED) {
                causes.add("no order of these operations gives their outputs, whatever their timing (for a register: a read of "
                        + "a value no operation here wrote)");
            } else if (timeless == Verdict.OK) {
                causes.add("the real-time orders among these operations together rule out every order their outputs allow; "
                        + "no single one of them is to blame");
            }
        }
        return causes;
    }

    /** Whether a precedes b in real time with no operation between them. */
    private static <I, O> boolean covers(List<Operation<I, O>> ops, Operation<I, O> a, Operation<I, O> b) {
        if (!a.precedes(b)) {
            return false;
        }
        for (Operation<I, O> c : ops) {
            if (a.precedes(c) && c.precedes(b)) {
                return false;
            }
        }
        return true;
    }

    /** The operations with b invoked just before a completes (indices doubled to make room). */
    private static <I, O> List<Operation<I, O>> relaxed(List<Operation<I, O>> ops, Operation<I, O> a, Operation<I, O> b) {
        List<Operation<I, O>> moved = new ArrayList<>();
        for (Operation<I, O> op : ops) {
            int invoke = op == b ? 2 * a.completeIndex() - 1 : 2 * op.invokeIndex();
            moved.add(new Operation<>(op.id(), op.client(), op.input(), op.output(), op.outcome(), Math.min(op.invokeTime(),
                    op.completeTime()), op.completeTime(), invoke, 2 * op.completeIndex()));
        }
        return moved;
    }

    private static String name(Operation<?, ?> op) {
        return "#" + op.id() + " (" + op.input() + " by " + op.client() + ")";
    }
}
